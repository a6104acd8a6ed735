import path from "node:path";
import { expect, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
import { E2E_RATE_LIMIT } from "./support/paths";
import { startServer } from "./support/server";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

const sharedState = process.env.DATABASE_URL?.startsWith("postgres") && Boolean(process.env.REDIS_URL);

test("two instances on one PostgreSQL and one Redis share one rate limit per key", async ({
  page,
  request,
}) => {
  test.skip(
    !sharedState,
    "needs DATABASE_URL=postgres://… and REDIS_URL (PGlite is single-process); CI's PostgreSQL run sets both",
  );
  const { secret } = await projectWithSecret(page, { name: "Shared limit" });
  const second = await startServer({
    port: Number(process.env.E2E_PORT) + 1,
    logFile: path.resolve("test-results/server-2.log"),
    env: JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>,
  });
  try {
    const headers = { authorization: `Bearer ${secret}` };
    const bases = ["", second.baseUrl];
    for (let i = 0; i < E2E_RATE_LIMIT; i++) {
      const response = await request.get(`${bases[i % 2]}/api/oauth/userinfo`, { headers });
      expect(response.status(), `request ${i + 1}`).toBe(200);
      expect(response.headers()["x-ratelimit-remaining"]).toBe(String(E2E_RATE_LIMIT - i - 1));
    }
    for (const base of bases) {
      expect((await request.get(`${base}/api/oauth/userinfo`, { headers })).status()).toBe(429);
    }
  } finally {
    await second.stop();
  }
});

test("a key revoked through one instance is refused by another within a second", async ({
  page,
  request,
}) => {
  test.skip(
    !process.env.DATABASE_URL?.startsWith("postgres"),
    "needs DATABASE_URL=postgres://… (PGlite is single-process)",
  );
  const { slug, secret } = await projectWithSecret(page, { name: "Revoked elsewhere" });
  const second = await startServer({
    port: Number(process.env.E2E_PORT) + 3,
    logFile: path.resolve("test-results/server-3.log"),
    env: JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>,
  });
  try {
    const onB = () =>
      request.get(`${second.baseUrl}/api/oauth/userinfo`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await onB()).status()).toBe(200);

    const keys = new ApiKeysPage(page);
    await keys.goto(slug);
    await keys.openActions("Revoked elsewhere", "Revoke");
    let revokedAt = 0;
    const actionDone = page.waitForResponse((response) => {
      const done =
        response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]);
      if (done) revokedAt = performance.now();
      return done;
    });
    let refusedAt = 0;
    const polling = (async () => {
      for (let attempt = 0; attempt < 30 && !refusedAt; attempt++) {
        const status = (await onB()).status();
        if (status === 401) refusedAt = performance.now();
        else expect(status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    })();
    await page
      .getByRole("alertdialog", { name: "Revoke API key" })
      .getByRole("button", { name: "Revoke key" })
      .click();
    await actionDone;
    await polling;
    expect(refusedAt, "instance B never refused the revoked key").toBeGreaterThan(0);
    const propagationMs = Math.max(0, refusedAt - revokedAt);
    console.warn(`revocation propagated to the second instance in ${propagationMs.toFixed(0)} ms`);
    expect(propagationMs).toBeLessThan(1_000);
  } finally {
    await second.stop();
  }
});
