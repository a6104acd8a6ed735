// npm run bench – throughput of key verification under `next start`, on PGlite and on PostgreSQL (a report,
// never a test: it exits 0 whatever the figures). BENCH_SECONDS (default 5) per case and round,
// BENCH_ROUNDS (default 5) rounds.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "@/db";
import { casesFor, userinfoCase } from "./bench/cases";
import { runServerScript } from "./bench/child";
import { buildLine, POSTGRES_ADMIN_URL, postgresUnreachable, withScratchPostgres } from "./bench/environment";
import { type CaseResult, type LoadOptions, preflight, runCases } from "./bench/load";
import { runMicrobenchmark } from "./bench/micro";
import { measureQrFlood, qrFloodSection } from "./bench/qr-flood";
import type { QueryPlan } from "./bench/query-plans";
import { type DatabaseReport, databaseSection, microSection, number } from "./bench/report";
import { seedDatabase } from "./bench/seed";
import { type RunningServer, startServer } from "./bench/server";
import { measureSustained, type SustainedReport } from "./bench/sustained";
import { startArguments } from "./start-command";

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const listEnv = (name: string) => {
  const value = process.env[name]?.trim();
  return value ? new Set(value.split(",").map((item) => item.trim())) : undefined;
};
/**
 * BENCH_CASES=links,userinfo runs GET /api/health and those cases only (ids in bench/cases.ts), without the
 * microbenchmark, the scale check and the QR flood; BENCH_DATABASES=PGlite (or PostgreSQL) one database only.
 */
const ONLY_CASES = listEnv("BENCH_CASES");
const DATABASES = listEnv("BENCH_DATABASES");
/**
 * The sustained run (userinfo with recording on, RSS after 30 s and at its end): BENCH_SUSTAINED_SECONDS
 * (default 180) on the databases in BENCH_SUSTAINED_DATABASES (default PGlite only: it lives in the server's
 * process, so its memory is in the RSS measured, and one 3-minute run keeps `npm run bench` short). It runs in
 * a full run and with BENCH_CASES=sustained.
 */
const SUSTAINED_SECONDS = envNumber("BENCH_SUSTAINED_SECONDS", 180);
const SUSTAINED_DATABASES = listEnv("BENCH_SUSTAINED_DATABASES") ?? new Set(["PGlite"]);

const LOAD: LoadOptions = {
  seconds: envNumber("BENCH_SECONDS", 5),
  rounds: envNumber("BENCH_ROUNDS", 5),
  warmupSeconds: 2,
  connections: 20,
};
const FULL = { projects: 100, keysPerProject: 100, links: 1_000, otherLinks: 100 };
const SMALL = { projects: 1, keysPerProject: 100, links: 1_000, otherLinks: 0 };
const MICRO_ITERATIONS = 200_000;

const print = (text = "") => process.stdout.write(`${text}\n`);
const loadAverage = () =>
  `load average ${os
    .loadavg()
    .map((value) => number(value, 2))
    .join(", ")} (1, 5, 15 min) on ${os.cpus().length} cores`;
const progress = (text: string) => process.stderr.write(`${text}\n`);

function serverEnv(databaseUrl: string, dataDir: string, recording: "on" | "off"): Record<string, string> {
  return {
    API_REQUEST_LOG: recording,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "100000000",
    // autocannon plays a proxy on loopback: the refused-key cases and the QR flood send X-Forwarded-For.
    TRUST_PROXY: "loopback",
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
  };
}

/**
 * Runs `run` with a production server on `url` (recording requests unless `recording` is "off"); the server is
 * stopped afterwards, whatever happens.
 */
async function withServer<T>(
  url: string,
  label: string,
  tmp: string,
  run: (server: RunningServer) => Promise<T>,
  recording: "on" | "off" = "on",
): Promise<T> {
  const env = serverEnv(url, path.join(tmp, `data-${label}`), recording);
  const server = await startServer(env, path.join(tmp, `${label}.log`));
  progress(`server ${server.pid} at ${server.baseUrl} (${label})`);
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

/**
 * Seeds and measures one database. The scale check runs a second server on a second database holding 100 keys
 * beside the first (10,000 keys), both loaded at once (half the connections each), so both see the same machine.
 */
async function benchDatabase(
  name: DatabaseReport["name"],
  urls: { large: string; small: string },
  tmp: string,
): Promise<DatabaseReport> {
  const targetOf = (url: string): DatabaseTarget =>
    name === "PGlite" ? { kind: "pglite", dataDir: url.slice("file:".length) } : { kind: "postgres", url };
  progress(`${name}: seeding…`);
  const started = Date.now();
  const seeded = await seedDatabase(targetOf(urls.large), FULL);
  const seedSeconds = (Date.now() - started) / 1000;
  const smallSeed = await seedDatabase(targetOf(urls.small), SMALL);
  const { plans } = await runServerScript<{ plans: QueryPlan[] }>("scripts/bench/explain-plans.ts", {
    DATABASE_URL: urls.large,
    DATA_DIR: path.join(tmp, "data-plans"),
    BENCH_PROJECT_ID: seeded.projectId,
    BENCH_KEY_HASH: seeded.validHash,
    BENCH_CURSOR_LINK_ID: seeded.cursorLinkId,
  });
  const cases = casesFor(seeded, name, ONLY_CASES);
  // The recording-off server reads the same keys: on PostgreSQL the same database, on PGlite (one process per
  // directory) a copy of the seeded directory, taken before anything has written to it.
  const offUrl = name === "PGlite" ? `${urls.large}-off` : urls.large;
  if (name === "PGlite")
    fs.cpSync(urls.large.slice("file:".length), offUrl.slice("file:".length), { recursive: true });
  const withOffServer = <T>(run: (server: RunningServer | null) => Promise<T>) =>
    cases.some((benchCase) => benchCase.recording === "off")
      ? withServer(offUrl, `${name}-10k-off`, tmp, run, "off")
      : run(null);
  const sustainedWanted = SUSTAINED_DATABASES.has(name) && (!ONLY_CASES || ONLY_CASES.has("sustained"));
  const measured = await withServer(urls.large, `${name}-10k`, tmp, (large) =>
    withOffServer((off) =>
      withServer(urls.small, `${name}-100`, tmp, async (small) => {
        const problems = [
          ...(await preflight(large.baseUrl, cases)),
          ...(ONLY_CASES ? [] : await preflight(small.baseUrl, [userinfoCase(smallSeed)])),
        ];
        // The scale check first, while both servers have the same history (none): after the other cases the
        // first server's heap and counters would differ from the second's for reasons other than its keys.
        if (!ONLY_CASES) {
          progress(
            `${name}: userinfo, ${number(seeded.keyCount)} keys against ${number(smallSeed.keyCount)}…`,
          );
        }
        const scale = ONLY_CASES
          ? new Map<string, CaseResult>()
          : await runCases(
              [
                { id: "large", server: large, benchCase: userinfoCase(seeded) },
                { id: "small", server: small, benchCase: userinfoCase(smallSeed) },
              ],
              LOAD,
              progress,
              "together",
            );
        const results = await runCases(
          cases.map((benchCase) => ({
            id: benchCase.id,
            server: benchCase.recording === "off" && off ? off : large,
            benchCase,
          })),
          LOAD,
          progress,
        );
        // On against off, loaded at the same time (half the connections each) like the scale check: each
        // round's two figures then see the very same machine, which alternating runs on this shared, noisy
        // machine do not (one round's health can be a fifth of the next one's).
        let recording: DatabaseReport["recording"] = null;
        const offCase = cases.find((benchCase) => benchCase.recording === "off");
        if (off && offCase) {
          progress(`${name}: userinfo, recording on and off at the same time…`);
          const together = await runCases(
            [
              { id: "on", server: large, benchCase: userinfoCase(seeded) },
              { id: "off", server: off, benchCase: offCase },
            ],
            LOAD,
            progress,
            "together",
          );
          const [on, offResult] = [together.get("on"), together.get("off")];
          recording = on && offResult ? { on, off: offResult } : null;
        }
        let sustained: SustainedReport | null = null;
        if (sustainedWanted) {
          progress(`${name}: userinfo with recording on for ${SUSTAINED_SECONDS} s…`);
          sustained = await measureSustained(
            large,
            userinfoCase(seeded),
            SUSTAINED_SECONDS,
            LOAD.connections,
          );
        }
        return { problems, results, scale, recording, sustained, peakRss: large.peakRss() };
      }),
    ),
  );
  const largeScale = measured.scale.get("large");
  const smallScale = measured.scale.get("small");
  return {
    name,
    setup:
      `Seeded ${number(seeded.keyCount)} keys over ${FULL.projects} projects (${FULL.keysPerProject} each) and ` +
      `${number(FULL.links)} links in the benchmarked project (${FULL.otherLinks} in each other one; every 10th archived) in ${number(seedSeconds, 1)} s. autocannon: ${LOAD.connections} connections, ` +
      `${LOAD.warmupSeconds} s warm-up per case (${LOAD.warmupSeconds * 5} s for the scale check), then ${LOAD.rounds} rounds of ${LOAD.seconds} s per case, alternating ` +
      "(forward, then backward); req/s, p50, p99 and the server's CPU time per response are the medians of the " +
      "rounds, and × health is the median of each round's ratio to GET /api/health in that round. The two " +
      "refused-key cases spread their requests over 16,384 X-Forwarded-For addresses so that the failed-auth " +
      "throttle (60 a minute per address) does not answer them with 429s.",
    cases,
    results: measured.results,
    problems: measured.problems,
    scale:
      largeScale && smallScale
        ? { large: largeScale, small: smallScale, largeKeys: seeded.keyCount, smallKeys: smallSeed.keyCount }
        : null,
    peakRssBytes: measured.peakRss,
    plans,
    recording: measured.recording,
    sustained: measured.sustained,
  };
}

/** Prints one database's section, or why it could not be measured (the other database still runs). */
async function section(name: string, measure: () => Promise<DatabaseReport>, summary: string[]) {
  try {
    print(databaseSection(await measure(), summary));
  } catch (error) {
    print(`## ${name}\n\nNot measured: ${(error as Error).stack ?? String(error)}\n`);
    summary.push(`${name}: not measured`);
    process.exitCode = 1;
  }
}

async function main() {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `NEXT_TELEMETRY_DISABLED=1 npx next build` first.");
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "codeqr-bench-"));
  const summary: string[] = [];
  try {
    const cpus = os.cpus();
    print("# codeqr-keys benchmark");
    print();
    print(`- Date: ${new Date().toISOString()}`);
    print(
      `- CPU: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores; Node ${process.version}; ${os.platform()} ${os.release()}`,
    );
    print(buildLine());
    print(`- At start: ${loadAverage()} (any other work on the machine lowers every figure)`);
    print(
      `- Server: \`node ${startArguments().join(" ")}\` (package.json's start script, production build), API_REQUEST_LOG=on (but for the recording-off case), LOG_LEVEL=warn, RATE_LIMIT_PER_MINUTE=100000000, TRUST_PROXY=loopback; autocannon runs in this process, on the same machine`,
    );
    print();
    if (!ONLY_CASES) {
      progress("microbenchmark…");
      print(microSection(await runMicrobenchmark(MICRO_ITERATIONS, path.join(tmp, "micro")), summary));
    }
    const unreachable = await postgresUnreachable();
    if (!DATABASES || DATABASES.has("PGlite")) {
      await section(
        "PGlite",
        () =>
          benchDatabase(
            "PGlite",
            { large: `file:${path.join(tmp, "pglite-10k")}`, small: `file:${path.join(tmp, "pglite-100")}` },
            tmp,
          ),
        summary,
      );
    }
    const postgresWanted = !DATABASES || DATABASES.has("PostgreSQL");
    if (postgresWanted && unreachable) {
      print(`## PostgreSQL\n\nSkipped: ${POSTGRES_ADMIN_URL} is unreachable (${unreachable}).\n`);
    } else if (postgresWanted) {
      await section(
        "PostgreSQL",
        () => withScratchPostgres((urls) => benchDatabase("PostgreSQL", urls, tmp)),
        summary,
      );
    }
    if (!ONLY_CASES)
      await withServer(`file:${path.join(tmp, "pglite-qr")}`, "qr-flood", tmp, async (server) => {
        progress("GET /api/qr under a flood…");
        print(qrFloodSection(await measureQrFlood(server.baseUrl, LOAD.seconds), LOAD.seconds));
      });
    print("## Targets");
    print();
    print(`At the end: ${loadAverage()}.`);
    print();
    for (const line of summary) print(`- ${line}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.once("SIGINT", () => process.exit(130));
main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
