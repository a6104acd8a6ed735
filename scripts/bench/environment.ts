// What the bench runs against: the build `next start` serves and the PostgreSQL server it may use.
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

export const POSTGRES_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Why PostgreSQL cannot be reached, or null when it can. */
export async function postgresUnreachable(): Promise<string | null> {
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

/** Two scratch databases `bench_<timestamp>_10k` and `…_100` for `run`, dropped afterwards. */
export async function withScratchPostgres<T>(
  run: (urls: { large: string; small: string }) => Promise<T>,
): Promise<T> {
  const admin = postgres(POSTGRES_ADMIN_URL, { max: 1, onnotice: () => {} });
  const stamp = `bench_${Date.now()}`;
  const names = [`${stamp}_10k`, `${stamp}_100`] as const;
  const urlOf = (name: string) => {
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  };
  try {
    for (const name of names) await admin.unsafe(`create database "${name}"`);
    return await run({ large: urlOf(names[0]), small: urlOf(names[1]) });
  } finally {
    for (const name of names) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

export /** The build `next start` serves, and a warning when sources changed after it (it measures the old code). */
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
