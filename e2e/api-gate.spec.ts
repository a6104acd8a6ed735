import { expect, test } from "@playwright/test";
import { API_ROUTES } from "../lib/api/routes";
import { generateSecretKey } from "../lib/api-keys/format";
import { checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
import { newPerson, newSlug, randomAddress, registerWithProject } from "./support/flows";
import { E2E_RATE_LIMIT } from "./support/paths";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

test("unknown /api paths answer a JSON 404; public endpoints need no key", async ({ request }) => {
  for (const [method, path] of [
    ["GET", "/api/nope"],
    ["POST", "/api/nope/count"],
    ["GET", "/api"],
  ] as const) {
    const response = await request.fetch(path, { method });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  }
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok" });
});

test("the proxy refuses before the handler, and skipping it with a forged header changes nothing", async ({
  request,
}) => {
  const forged = await request.get("/api/links", {
    headers: {
      "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
      "x-codeqr-proxy-receipt": "0".repeat(64),
    },
  });
  expect(forged.status()).toBe(401);
  expect(forged.headers()["www-authenticate"]).toContain("Bearer");
  const malformed = await request.get("/api/links", { headers: { authorization: "Basic abc" } });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ error: { code: "bad_request" } });
});

test("a key is limited per minute: headers on every response, 429 with Retry-After past the limit", async ({
  page,
  request,
}) => {
  const { slug, secret } = await projectWithSecret(page, { name: "Limited", permissions: "Read only" });
  const headers = { authorization: `Bearer ${secret}`, "x-forwarded-for": randomAddress() };
  const first = await request.get("/api/oauth/userinfo", { headers });
  expect(first.status()).toBe(200);
  const h = first.headers();
  expect(h["x-ratelimit-limit"]).toBe(String(E2E_RATE_LIMIT));
  expect(h["x-ratelimit-remaining"]).toBe(String(E2E_RATE_LIMIT - 1));
  expect(Number(h["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000);
  expect(h["ratelimit-policy"]).toBe(`"per-key";q=${E2E_RATE_LIMIT};w=60`);
  expect(h.ratelimit).toMatch(new RegExp(`^"per-key";r=${E2E_RATE_LIMIT - 1};t=\\d+$`));

  // Refused requests take no quota: a missing permission (403) and another project's slug (403).
  expect((await request.post("/api/links", { headers, data: {} })).status()).toBe(403);
  expect((await request.get("/api/oauth/userinfo?projectSlug=someone-elses", { headers })).status()).toBe(
    403,
  );
  for (let i = 1; i < E2E_RATE_LIMIT; i++) {
    const response = await request.get(`/api/oauth/userinfo?projectSlug=${slug}`, { headers });
    expect(response.status(), `request ${i + 1}`).toBe(200);
  }
  const limited = await request.get("/api/oauth/userinfo", { headers });
  expect(limited.status()).toBe(429);
  expect(await limited.json()).toMatchObject({ error: { code: "rate_limit_exceeded" } });
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(limited.headers()["x-ratelimit-remaining"]).toBe("0");
});

test("an address that fails authentication again and again is throttled", async ({ request }) => {
  const headers = { "x-forwarded-for": randomAddress() };
  let status = 0;
  let attempts = 0;
  while (status !== 429 && attempts < 100) {
    attempts++;
    status = (
      await request.get("/api/tags", {
        headers: { ...headers, authorization: `Bearer ${generateSecretKey()}` },
      })
    ).status();
    if (status !== 429) expect(status).toBe(401);
  }
  expect(status).toBe(429);
  expect(attempts).toBe(61);
  // Another address is not affected.
  const other = await request.get("/api/tags", {
    headers: { "x-forwarded-for": randomAddress(), authorization: `Bearer ${generateSecretKey()}` },
  });
  expect(other.status()).toBe(401);
});

test("the OpenAPI document covers every route, and the dashboard's API reference renders it", async ({
  page,
  request,
}) => {
  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  const operations = Object.values(document.paths as Record<string, Record<string, unknown>>).flatMap(
    (path) =>
      Object.keys(path).filter((method) => ["get", "post", "put", "patch", "delete"].includes(method)),
  );
  expect(operations).toHaveLength(Object.keys(API_ROUTES).length);
  expect(document.paths["/links"].post["x-required-permission"]).toBe("links.write");

  const slug = newSlug("docs");
  await registerWithProject(page, newPerson("Reader"), { name: "Docs Project", slug });
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/api-reference$`));
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Links", level: 2 })).toBeVisible();
  await expect(page.getByText("links.write").first()).toBeVisible();
});
