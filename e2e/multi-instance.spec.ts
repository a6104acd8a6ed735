import path from "node:path";
import { expect, test } from "@playwright/test";
import { checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
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
