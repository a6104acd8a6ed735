// In-process microbenchmark: key verification on a cache hit against one bare SHA-256 of a key.
import fs from "node:fs";
import { generateSecretKey, hashApiKey, parseApiKey, parseAuthorizationHeader } from "@/lib/api-keys/format";
import { runServerScript } from "./child";

export type MicroResult = {
  shaNs: number;
  hitNs: number;
  hitLabel: string;
  /** The same warm check for a key with a three-range IP allowlist, when measured. */
  allowlistNs?: number;
  note: string;
  /** The steps of a verification timed one by one, to show where a cache hit spends its time. */
  parts: { label: string; ns: number }[];
};

const REPEATS = 3;

/** Best of three timed runs (after a warm-up of a tenth), in nanoseconds per call. */
export function nsPerOp(op: () => unknown, iterations: number): number {
  let sink: unknown;
  for (let i = 0; i < iterations / 10; i++) sink = op();
  let best = Number.POSITIVE_INFINITY;
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = op();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / iterations);
  }
  return sink === Symbol.for("never") ? 0 : best;
}

/** `nsPerOp` for an async operation, awaiting each call as a request would. */
export async function nsPerOpAsync(op: () => Promise<unknown>, iterations: number): Promise<number> {
  for (let i = 0; i < iterations / 10; i++) await op();
  let best = Number.POSITIVE_INFINITY;
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await op();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / iterations);
  }
  return best;
}

/** The work a cache hit cannot avoid (header and key parsing, the hash, one Map lookup among 10,000), and its parts. */
function standIn(iterations: number, note: string): MicroResult {
  const key = generateSecretKey();
  const cache = new Map<string, { id: string }>();
  for (let i = 0; i < 9_999; i++) cache.set(hashApiKey(generateSecretKey()), { id: `key_${i}` });
  const hash = hashApiKey(key);
  cache.set(hash, { id: "key_bench" });
  const header = `Bearer ${key}`;
  const time = (label: string, op: () => unknown) => ({ label, ns: nsPerOp(op, iterations) });
  const parts = [
    time("parseAuthorizationHeader", () => parseAuthorizationHeader(header)),
    time("parseApiKey (prefix, CRC-32 checksum)", () => parseApiKey(key)),
    time("hashApiKey (SHA-256)", () => hashApiKey(key)),
    time("Map.get among 10,000 hashes", () => cache.get(hash)),
  ];
  const hitNs = nsPerOp(() => {
    const parsedHeader = parseAuthorizationHeader(header);
    const parsed = parsedHeader.ok ? parseApiKey(parsedHeader.token) : null;
    return parsed ? cache.get(hashApiKey(parsed.token)) : undefined;
  }, iterations);
  return {
    shaNs: parts[2]?.ns ?? 0,
    hitNs,
    hitLabel: "stand-in: parseAuthorizationHeader + parseApiKey + hashApiKey + Map.get (10,000 entries)",
    note,
    parts,
  };
}

/**
 * The real `verifyApiKey` on a warm key when lib/api-keys/cache.ts exists (in a child process started with the
 * `react-server` condition, because the module imports "server-only"); otherwise, or if that fails, a stand-in.
 */
export async function runMicrobenchmark(iterations: number, dataDir: string): Promise<MicroResult> {
  if (!fs.existsSync("lib/api-keys/cache.ts")) {
    return standIn(iterations, "lib/api-keys/cache.ts does not exist: measured a stand-in for a cache hit.");
  }
  const parts = standIn(iterations, "").parts;
  try {
    const { shaNs, verifyNs, allowlistNs } = await runServerScript<{
      shaNs: number;
      verifyNs: number;
      allowlistNs: number;
    }>("scripts/bench/verify-micro.ts", {
      DATABASE_URL: "memory:",
      DATA_DIR: dataDir,
      BENCH_MICRO_ITERATIONS: String(iterations),
    });
    return {
      shaNs,
      hitNs: verifyNs,
      allowlistNs,
      hitLabel: "verifyApiKey(header) on a warm key (lib/api-keys/cache.ts), awaited",
      note: "Measured in a child process (node --conditions=react-server) on an in-memory PGlite; its first call filled the cache.",
      parts,
    };
  } catch (error) {
    return standIn(
      iterations,
      `verifyApiKey could not be measured (${(error as Error).message}): measured a stand-in for a cache hit.`,
    );
  }
}
