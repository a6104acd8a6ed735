import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { generateSecretKey } from "../lib/api-keys/format";
import { createScratchDatabase } from "../test/postgres-database";
import { checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
import { fromAddress, randomAddress } from "./support/flows";
import { randomLoopbackAddress, rawRequest } from "./support/raw-http";
import { type RunningServer, startServer } from "./support/server";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

const FAILED_AUTH_LIMIT = 60;
const badKey = () => ({ authorization: `Bearer ${generateSecretKey()}` });

/** Bad keys from `localAddress` until a 429 (at most 100); returns how many were sent. */
async function failUntilThrottled(
  baseUrl: string,
  localAddress: string,
  headers: (attempt: number) => Record<string, string>,
) {
  for (let attempt = 1; attempt <= 100; attempt++) {
    const response = await rawRequest(baseUrl, {
      path: "/api/tags",
      localAddress,
      headers: { ...badKey(), ...headers(attempt) },
    });
    if (response.status === 429) return attempt;
    expect(response.status, `attempt ${attempt}`).toBe(401);
  }
  return Number.POSITIVE_INFINITY;
}

/** The IP cell of every entry of the project's audit log. */
async function auditedAddresses(page: Page, slug: string) {
  await page.goto(`/${slug}/settings/audit-log`);
  const rows = page.getByRole("table", { name: "Audit log" }).getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const addresses: string[] = [];
  for (const row of (await rows.all()).slice(1)) {
    addresses.push((await row.getByRole("cell").nth(4).textContent())?.trim() ?? "");
  }
  return addresses;
}

test.describe("without TRUST_PROXY (the default), the address is the TCP peer's", () => {
  test.describe.configure({ mode: "serial" });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "codeqr-peer-"));
  let server: RunningServer;
  let drop: (() => Promise<void>) | undefined;
  let secret = "";

  test.beforeAll(async () => {
    const adminUrl = process.env.DATABASE_URL;
    const scratch = adminUrl?.startsWith("postgres") ? await createScratchDatabase(adminUrl, "peer") : null;
    drop = scratch?.drop;
    const { TRUST_PROXY: _trusted, ...shared } = JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<
      string,
      string
    >;
    server = await startServer({
      port: Number(process.env.E2E_PORT) + 3,
      logFile: path.resolve("test-results/server-untrusted.log"),
      env: { ...shared, DATABASE_URL: scratch?.url ?? `file:${path.join(work, "pglite")}`, DATA_DIR: work },
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await drop?.();
    fs.rmSync(work, { recursive: true, force: true });
  });

  test("the audit log stores the peer, not what the client claims", async ({ browser }) => {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      permissions: ["clipboard-read", "clipboard-write"],
      extraHTTPHeaders: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6", "x-codeqr-peer": "6.6.6.7" },
    });
    try {
      const page = await context.newPage();
      const created = await projectWithSecret(page, { name: "Audited" });
      secret = created.secret;
      expect(new Set(await auditedAddresses(page, created.slug))).toEqual(new Set(["127.0.0.1"]));
    } finally {
      await context.close();
    }
  });

  test("bad keys under a rotating X-Forwarded-For are throttled on the peer; the address they name is not", async () => {
    const attacker = randomLoopbackAddress();
    const victim = randomLoopbackAddress();
    const attempts = await failUntilThrottled(server.baseUrl, attacker, (attempt) => ({
      "x-forwarded-for": attempt % 2 ? victim : randomAddress(),
      "x-codeqr-peer": attempt % 3 ? victim : randomAddress(),
    }));
    expect(attempts).toBe(FAILED_AUTH_LIMIT + 1);
    // The attacker stays throttled whatever it claims, even with a valid key.
    const claimed = await rawRequest(server.baseUrl, {
      path: "/api/oauth/userinfo",
      localAddress: attacker,
      headers: { authorization: `Bearer ${secret}`, "x-forwarded-for": randomAddress() },
    });
    expect(claimed.status).toBe(429);
    // The victim it named is untouched: its bad key is a 401 and its valid key works.
    const victimBad = await rawRequest(server.baseUrl, {
      path: "/api/tags",
      localAddress: victim,
      headers: badKey(),
    });
    expect(victimBad.status).toBe(401);
    const victimGood = await rawRequest(server.baseUrl, {
      path: "/api/oauth/userinfo",
      localAddress: victim,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(victimGood.status).toBe(200);
  });
});

test.describe("with TRUST_PROXY=loopback (the shared e2e server), X-Forwarded-For names the client", () => {
  test("the right-most untrusted entry is throttled, from whichever proxy it comes", async ({ baseURL }) => {
    const base = baseURL ?? "";
    const client = randomAddress();
    const proxy = randomLoopbackAddress();
    const attempts = await failUntilThrottled(base, proxy, () => ({
      "x-forwarded-for": `${randomAddress()}, ${client}`,
    }));
    expect(attempts).toBe(FAILED_AUTH_LIMIT + 1);
    const viaOtherProxy = await rawRequest(base, {
      path: "/api/tags",
      localAddress: randomLoopbackAddress(),
      headers: { ...badKey(), "x-forwarded-for": client },
    });
    expect(viaOtherProxy.status).toBe(429);
    const otherClient = await rawRequest(base, {
      path: "/api/tags",
      localAddress: proxy,
      headers: { ...badKey(), "x-forwarded-for": `${client}, ${randomAddress()}` },
    });
    expect(otherClient.status).toBe(401);
  });

  test("the audit log stores the client the proxy named", async ({ page }) => {
    const client = randomAddress();
    await fromAddress(page, `6.6.6.6, ${client}`);
    const { slug } = await projectWithSecret(page, { name: "Proxied" });
    expect(new Set(await auditedAddresses(page, slug))).toEqual(new Set([client]));
  });
});
