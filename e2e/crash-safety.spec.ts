import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, type BrowserContext, expect, test } from "@playwright/test";
import { createScratchDatabase } from "../test/postgres-database";
import { ApiKeysPage, type KeyForm, projectWithSecret } from "./support/api-keys-page";
import { startLinkLoad } from "./support/crash";
import { type RunningServer, startServer } from "./support/server";

const LOAD_MS = 1_500;
const LOG_FILE = path.resolve("test-results/server-crash.log");

function get(request: APIRequestContext, url: string, secret: string) {
  return request.get(url, { headers: { authorization: `Bearer ${secret}` } });
}

/** Every link id of the project, page by page through GET /api/links. */
async function listAllLinks(request: APIRequestContext, baseUrl: string, secret: string) {
  const links: { id: string; externalId: string | null }[] = [];
  for (let page = 1; ; page++) {
    const response = await get(request, `${baseUrl}/api/links?page=${page}&pageSize=100`, secret);
    expect(response.status()).toBe(200);
    const batch = (await response.json()) as { id: string; externalId: string | null }[];
    links.push(...batch);
    if (batch.length < 100) return links;
  }
}

test("links and keys acknowledged before a SIGKILL mid-load are all there after a restart", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const adminUrl = process.env.DATABASE_URL;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "codeqr-crash-"));
  const pgliteDir = path.join(work, "pglite");
  const scratch = adminUrl?.startsWith("postgres") ? await createScratchDatabase(adminUrl, "crash") : null;
  const env = {
    ...(JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>),
    DATABASE_URL: scratch?.url ?? `file:${pgliteDir}`,
    DATA_DIR: work,
    RATE_LIMIT_PER_MINUTE: "1000000",
  };
  const port = Number(process.env.E2E_PORT) + 2;
  let running: RunningServer | undefined;
  let context: BrowserContext | undefined;
  try {
    // The page fixture talks to the shared server; this context talks to the one this test may kill.
    context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const server = await startServer({ port, env, logFile: LOG_FILE });
    running = server;
    const page = await context.newPage();
    const { secret } = await projectWithSecret(page, { name: "Load", permissions: "All permissions" });
    const keys = new ApiKeysPage(page);
    const revealed = new Map<string, string>([["Load", secret]]);
    const before: KeyForm[] = [
      { name: "Before read-only", permissions: "Read only" },
      { name: "Before machine", owner: "Machine", permissions: "All permissions" },
    ];
    for (const form of before) revealed.set(form.name, await keys.create(form));

    const started = Date.now();
    const load = startLinkLoad({ baseUrl: server.baseUrl, secret, workers: 8 });
    revealed.set("During load", await keys.create({ name: "During load", permissions: "All permissions" }));
    // The load's length is the point here, not a wait for some state: the kill must land mid-write.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, LOAD_MS - (Date.now() - started))));
    const killedAfterMs = Date.now() - started;
    running = undefined;
    const figures = await load.crash(() => server.kill());
    expect(figures.inFlightAtKill, "requests in flight at the kill").toBeGreaterThan(0);
    expect(figures.rejected, "non-2xx answers before the kill").toEqual([]);
    if (!scratch) expect(fs.existsSync(`${pgliteDir}.lock`), "the killed server's stale lock").toBe(true);

    const logBefore = fs.statSync(LOG_FILE).size;
    const restarted = await startServer({ port, env, logFile: LOG_FILE });
    running = restarted;
    expect((await request.get(`${restarted.baseUrl}/api/health`)).status()).toBe(200);
    const restartLog = fs.readFileSync(LOG_FILE, "utf8").slice(logBefore);
    expect(restartLog, "the restart opened and migrated the database").toContain('"event":"server_ready"');
    expect(restartLog, "errors logged by the restarted server").not.toMatch(/"level":(50|60)/);

    for (const [name, key] of revealed) {
      const response = await get(request, `${restarted.baseUrl}/api/oauth/userinfo`, key);
      expect(response.status(), `key "${name}" after the restart`).toBe(200);
      expect((await response.json()).key.name).toBe(name);
    }

    let found = 0;
    for (const link of figures.acknowledged) {
      const ref = link.id ?? `ext_${link.externalId}`;
      const response = await get(request, `${restarted.baseUrl}/api/links/${ref}`, secret);
      expect(response.status(), `link ${link.externalId} (acknowledged) after the restart`).toBe(200);
      expect((await response.json()).externalId).toBe(link.externalId);
      found++;
    }

    const listed = await listAllLinks(request, restarted.baseUrl, secret);
    const counted = await get(request, `${restarted.baseUrl}/api/links/count`, secret);
    expect(await counted.json()).toBe(listed.length);
    expect(listed.length).toBeGreaterThanOrEqual(figures.acknowledged.length);
    expect(listed.length).toBeLessThanOrEqual(figures.sent);
    expect(new Set(listed.map((link) => link.externalId)).size).toBe(listed.length);
    for (const link of listed) expect(figures.externalIds.has(link.externalId ?? "")).toBe(true);

    console.warn(
      `crash safety (${scratch ? "PostgreSQL" : "PGlite"}): SIGKILL after ${killedAfterMs} ms of load; ` +
        `${figures.sent} link requests sent, ${figures.inFlightAtKill} in flight at the kill, ` +
        `${figures.acknowledged.length} got 2xx (${figures.acknowledged.filter((link) => !link.id).length} without a body), ` +
        `${found} found after the restart, ${listed.length} listed ` +
        `(${listed.length - figures.acknowledged.length} landed without an answer); ` +
        `${revealed.size} revealed keys all authenticate`,
    );
  } finally {
    await running?.stop();
    await context?.close();
    await scratch?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
