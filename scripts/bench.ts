// npm run bench – throughput of key verification under `next start`, on PGlite and on PostgreSQL (a report,
// never a test: it exits 0 whatever the figures). BENCH_SECONDS (default 8) per case and round.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { DatabaseTarget } from "@/db";
import { casesFor, userinfoCase } from "./bench/cases";
import { type CaseResult, type LoadOptions, preflight, runCases } from "./bench/load";
import { runMicrobenchmark } from "./bench/micro";
import { type DatabaseReport, databaseSection, microSection, number } from "./bench/report";
import { explainHotQueries, keepOnlyBenchmarkedKeys, type Seeded, seedDatabase } from "./bench/seed";
import { type RunningServer, startServer } from "./bench/server";

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const LOAD: LoadOptions = {
  seconds: envNumber("BENCH_SECONDS", 8),
  rounds: envNumber("BENCH_ROUNDS", 2),
  warmupSeconds: 2,
  connections: 20,
};
const FULL = { projects: 100, keysPerProject: 100, links: 1_000, otherLinks: 100 };
const SMALL = { projects: 1, keysPerProject: 100, links: 1_000, otherLinks: 0 };
const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const MICRO_ITERATIONS = 200_000;

const print = (text = "") => process.stdout.write(`${text}\n`);
const loadAverage = () =>
  `load average ${os
    .loadavg()
    .map((value) => number(value, 2))
    .join(", ")} (1, 5, 15 min) on ${os.cpus().length} cores`;
const progress = (text: string) => process.stderr.write(`${text}\n`);

function serverEnv(databaseUrl: string, tmp: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    RATE_LIMIT_PER_MINUTE: "100000000",
    DATA_DIR: path.join(tmp, "data"),
    DATABASE_URL: databaseUrl,
  };
}

async function withServer<T>(
  env: Record<string, string>,
  log: string,
  run: (server: RunningServer) => Promise<T>,
) {
  const server = await startServer(env, log);
  progress(`server ${server.pid} at ${server.baseUrl} (${env.DATABASE_URL?.split(":")[0]})`);
  try {
    return { value: await run(server), peakRss: server.peakRss() };
  } finally {
    await server.stop();
  }
}

/** GET /api/oauth/userinfo on its own, for the scale check; a failed preflight is added to `problems`. */
async function userinfoOnly(
  baseUrl: string,
  seeded: Seeded,
  problems: string[],
): Promise<CaseResult | undefined> {
  problems.push(...(await preflight(baseUrl, [userinfoCase(seeded)])));
  return (await runCases(baseUrl, [userinfoCase(seeded)], LOAD, progress)).get("userinfo");
}

/** Seeds, serves and measures one database; the 100-key run is a second PGlite or the same PostgreSQL, pruned. */
async function benchDatabase(
  name: DatabaseReport["name"],
  url: string,
  tmp: string,
  showPlans: boolean,
): Promise<DatabaseReport> {
  const target: DatabaseTarget =
    name === "PGlite" ? { kind: "pglite", dataDir: url.slice("file:".length) } : { kind: "postgres", url };
  progress(`${name}: seeding…`);
  const started = Date.now();
  const seeded = await seedDatabase(target, FULL);
  const seedSeconds = (Date.now() - started) / 1000;
  const plans = await explainHotQueries(target, seeded);
  const cases = casesFor(seeded);
  let smallRun: { result: CaseResult | undefined; keys: number } | undefined;
  const main = await withServer(serverEnv(url, tmp), path.join(tmp, `${name}.log`), async (server) => {
    const problems = await preflight(server.baseUrl, cases);
    const results = await runCases(server.baseUrl, cases, LOAD, progress);
    progress(`${name}: userinfo alone, ${number(seeded.keyCount)} keys…`);
    const large = await userinfoOnly(server.baseUrl, seeded, problems);
    if (target.kind === "postgres") {
      const keys = await keepOnlyBenchmarkedKeys(target, seeded);
      progress(`${name}: userinfo alone, ${keys} keys left…`);
      smallRun = { result: await userinfoOnly(server.baseUrl, seeded, problems), keys };
    }
    return { problems, results, large };
  });
  let peakRss = main.peakRss;
  let how = "the same server after deleting every key outside the benchmarked project, then VACUUM ANALYZE";
  if (target.kind === "pglite") {
    how = "a second PGlite database seeded with one project of 100 keys, its own server";
    const smallUrl = `file:${path.join(tmp, "pglite-100")}`;
    progress(`${name}: seeding 100 keys; userinfo alone…`);
    const smallSeed = await seedDatabase({ kind: "pglite", dataDir: smallUrl.slice("file:".length) }, SMALL);
    const small = await withServer(serverEnv(smallUrl, tmp), path.join(tmp, `${name}-100.log`), (server) =>
      userinfoOnly(server.baseUrl, smallSeed, main.value.problems),
    );
    peakRss = Math.max(peakRss, small.peakRss);
    smallRun = { result: small.value, keys: smallSeed.keyCount };
  }
  const { large } = main.value;
  return {
    name,
    setup:
      `Seeded ${number(seeded.keyCount)} keys over ${FULL.projects} projects (${FULL.keysPerProject} each) and ` +
      `${number(FULL.links)} links in the benchmarked project (${FULL.otherLinks} in each other one; every 10th archived) in ${number(seedSeconds, 1)} s. autocannon: ${LOAD.connections} connections, ` +
      `${LOAD.warmupSeconds} s warm-up per case, then ${LOAD.rounds} rounds of ${LOAD.seconds} s per case, alternating ` +
      "(forward, then backward); req/s, p50 and p99 are the medians of the rounds. The two refused-key cases spread " +
      "their requests over 16,384 X-Forwarded-For addresses so that the failed-auth throttle (60 a minute per " +
      "address) does not answer them with 429s.",
    cases,
    results: main.value.results,
    problems: main.value.problems,
    scale:
      large && smallRun?.result
        ? { large, small: smallRun.result, largeKeys: seeded.keyCount, smallKeys: smallRun.keys, how }
        : null,
    peakRssBytes: peakRss,
    plans: showPlans ? plans : [],
  };
}

async function postgresUnreachable(): Promise<string | null> {
  const admin = postgres(POSTGRES_ADMIN_URL, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin`select 1`;
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await admin.end({ timeout: 1 }).catch(() => {});
  }
}

/** A scratch database `bench_<timestamp>` for `run`, dropped afterwards. */
async function withScratchPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const admin = postgres(POSTGRES_ADMIN_URL, { max: 1, onnotice: () => {} });
  const name = `bench_${Date.now()}`;
  await admin.unsafe(`create database "${name}"`);
  try {
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
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

/** The build `next start` serves, and a warning when sources changed after it (it measures the old code). */
function buildLine(): string {
  const built = fs.statSync(path.join(".next", "BUILD_ID")).mtimeMs;
  const newer = ["app", "lib", "db", "components"]
    .flatMap((dir) =>
      fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)),
    )
    .concat(["proxy.ts", "instrumentation.ts", "next.config.ts"])
    .filter(
      (file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts") && fs.statSync(file).mtimeMs > built,
    );
  const id = fs.readFileSync(path.join(".next", "BUILD_ID"), "utf8").trim();
  const when = new Date(built).toISOString();
  if (newer.length === 0) return `- Build: .next ${id} (${when}), newer than every source file`;
  return `- Build: .next ${id} (${when}). **Warning: ${newer.length} source files changed after this build (e.g. ${newer.slice(0, 3).join(", ")}): the server runs the older code; run \`npx next build\` first to measure them.**`;
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
      `- Server: next start (production build), LOG_LEVEL=warn, RATE_LIMIT_PER_MINUTE=100000000; autocannon runs in this process, on the same machine`,
    );
    print();
    progress("microbenchmark…");
    print(microSection(await runMicrobenchmark(MICRO_ITERATIONS, path.join(tmp, "micro")), summary));
    const unreachable = await postgresUnreachable();
    await section(
      "PGlite",
      () => benchDatabase("PGlite", `file:${path.join(tmp, "pglite")}`, tmp, unreachable !== null),
      summary,
    );
    if (unreachable) {
      print(`## PostgreSQL\n\nSkipped: ${POSTGRES_ADMIN_URL} is unreachable (${unreachable}).\n`);
    } else {
      await section(
        "PostgreSQL",
        () => withScratchPostgres((url) => benchDatabase("PostgreSQL", url, tmp, true)),
        summary,
      );
    }
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
