import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { type BrowserContext, expect, test } from "@playwright/test";
import postgres from "postgres";
import { createScratchDatabase } from "../test/postgres-database";
import { projectWithSecret } from "./support/api-keys-page";
import { type RunningServer, startServer } from "./support/server";

/** The writer's interval (lib/request-log/writer.ts) and what one batch may take to commit on this machine. */
const FLUSH_INTERVAL_MS = 1_000;
const COMMIT_MARGIN_MS = 500;
const LOG_FILE = path.resolve("test-results/server-request-log.log");

type Answered = { requestId: string; answeredAt: number };

/** Workers calling GET /api/oauth/userinfo back to back, noting each answer's X-Request-Id until stopped. */
function startUserinfoLoad(baseUrl: string, secret: string, workers: number) {
  const answered: Answered[] = [];
  let stopped = false;
  const loops = Array.from({ length: workers }, async () => {
    while (!stopped) {
      try {
        const response = await fetch(`${baseUrl}/api/oauth/userinfo`, {
          headers: { authorization: `Bearer ${secret}` },
        });
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        answered.push({ requestId: response.headers.get("x-request-id") ?? "", answeredAt: Date.now() });
      } catch (error) {
        if (!stopped) throw error;
      }
    }
  });
  return {
    answered,
    async stop(kill: () => Promise<void>) {
      stopped = true;
      await kill();
      await Promise.all(loops);
    },
  };
}

/** A server of this test's own on a fresh database, with a project and a secret key made through the UI. */
async function serverWithKey(context: BrowserContext, port: number) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "codeqr-request-log-"));
  const adminUrl = process.env.DATABASE_URL;
  const scratch = adminUrl?.startsWith("postgres") ? await createScratchDatabase(adminUrl, "reqlog") : null;
  const pgliteDir = path.join(work, "pglite");
  const env = {
    ...(JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>),
    DATABASE_URL: scratch?.url ?? `file:${pgliteDir}`,
    DATA_DIR: work,
    RATE_LIMIT_PER_MINUTE: "1000000",
  };
  const cleanUp = async () => {
    await scratch?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  };
  let server: RunningServer | undefined;
  let secret: string;
  try {
    server = await startServer({ port, env, logFile: LOG_FILE });
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    secret = (await projectWithSecret(page, { name: "Logged", permissions: "All permissions" })).secret;
    await page.close();
  } catch (error) {
    await server?.stop();
    await cleanUp();
    throw error;
  }
  /** The request ids in the log, read once the server is gone (PGlite is one process's at a time). */
  const storedIds = async (): Promise<Set<string>> => {
    if (scratch) {
      const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
      try {
        return new Set(
          (await sql<{ id: string }[]>`select request_id::text as id from api_requests`).map((r) => r.id),
        );
      } finally {
        await sql.end();
      }
    }
    const pglite = new PGlite({ dataDir: pgliteDir });
    try {
      const result = await pglite.query<{ id: string }>("select request_id::text as id from api_requests");
      return new Set(result.rows.map((r) => r.id));
    } finally {
      await pglite.close();
    }
  };
  return { server, secret, storedIds, cleanUp };
}

for (const [name, port, signal] of [
  [
    "SIGKILL under load: every request answered more than one flush interval before the kill is in the log",
    41_150,
    "SIGKILL",
  ],
  ["SIGTERM under load: every answered request is in the log", 41_151, "SIGTERM"],
] as const) {
  test(name, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const setup = await serverWithKey(context, port);
    let running: RunningServer | undefined = setup.server;
    try {
      const load = startUserinfoLoad(setup.server.baseUrl, setup.secret, 6);
      await expect.poll(() => load.answered.length, { timeout: 30_000 }).toBeGreaterThan(300);
      let stoppedAt = 0;
      await load.stop(async () => {
        stoppedAt = Date.now();
        await (signal === "SIGKILL" ? setup.server.kill() : setup.server.stop());
      });
      running = undefined;
      const stored = await setup.storedIds();
      const due =
        signal === "SIGKILL"
          ? load.answered.filter((a) => a.answeredAt < stoppedAt - FLUSH_INTERVAL_MS - COMMIT_MARGIN_MS)
          : load.answered;
      expect(due.length).toBeGreaterThan(0);
      const missing = due.filter((a) => !stored.has(a.requestId));
      expect(missing, `${missing.length} of ${due.length} answered requests missing from the log`).toEqual(
        [],
      );
      console.warn(
        `request log (${signal}): ${load.answered.length} answered, ${due.length} due in the log, ${stored.size} stored`,
      );
    } finally {
      await running?.stop();
      await context.close();
      await setup.cleanUp();
    }
  });
}
