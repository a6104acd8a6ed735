// The benchmarked requests and their targets (as a fraction of GET /api/health's throughput).
import { generateSecretKey } from "@/lib/api-keys/format";
import type { BenchCase } from "./load";
import type { Seeded } from "./seed";

export function userinfoCase(seeded: Seeded): BenchCase {
  return {
    id: "userinfo",
    label: "GET /api/oauth/userinfo, valid key",
    path: "/api/oauth/userinfo",
    token: seeded.validKey,
    expectedStatus: 200,
    minRatio: 0.9,
  };
}

/**
 * The same request against a second server started with API_REQUEST_LOG=off, interleaved with the first in
 * every round: what recording costs is the userinfo row's req/s over this one's (report.ts, target ≥ 0.95).
 */
export function userinfoWithoutRecordingCase(seeded: Seeded): BenchCase {
  return {
    ...userinfoCase(seeded),
    id: "userinfo-off",
    label: "GET /api/oauth/userinfo, valid key, recording off",
    minRatio: undefined,
    recording: "off",
  };
}

/**
 * Every case, or only GET /api/health and those named in `only` (BENCH_CASES); `userinfo` brings its
 * recording-off twin along (the on/off ratio needs both).
 */
export function casesFor(seeded: Seeded, database: "PGlite" | "PostgreSQL", only?: Set<string>): BenchCase[] {
  const last = seeded.validKey.at(-1);
  const badChecksum = `${seeded.validKey.slice(0, -1)}${last === "A" ? "B" : "A"}`;
  const linksPage = "/api/links?pageSize=20";
  const cases: BenchCase[] = [
    { id: "health", label: "GET /api/health, no auth", path: "/api/health", expectedStatus: 200 },
    userinfoCase(seeded),
    userinfoWithoutRecordingCase(seeded),
    {
      id: "links",
      label: "GET /api/links?pageSize=20, valid key",
      path: linksPage,
      token: seeded.validKey,
      expectedStatus: 200,
      minRatio: database === "PGlite" ? 0.5 : 0.6,
    },
    {
      id: "bad",
      label: "GET /api/links, bad checksum",
      path: linksPage,
      token: badChecksum,
      expectedStatus: 401,
      minRatio: 0.9,
      rotateAddress: true,
    },
    {
      id: "unknown",
      label: "GET /api/links, unknown key",
      path: linksPage,
      token: generateSecretKey(),
      expectedStatus: 401,
      minRatio: 0.8,
      rotateAddress: true,
    },
  ];
  const selected = (id: string) =>
    id === "health" || only?.has(id) || (id === "userinfo-off" && only?.has("userinfo"));
  return only ? cases.filter((benchCase) => selected(benchCase.id)) : cases;
}
