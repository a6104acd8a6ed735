import { createPrivateKey, sign } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { newPerson, newSlug, randomAddress, registerWithProject } from "./support/flows";
import { startServer } from "./support/server";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

checkServerLogForSecrets();

/** Signs as GitHub does (ECDSA P-256, SHA-256, DER, base64) with the run's key from e2e/support/global-setup.ts. */
function githubSignature(body: string): string {
  const file = process.env.E2E_SECRET_SCANNING_PRIVATE_KEY;
  if (!file) throw new Error("E2E_SECRET_SCANNING_PRIVATE_KEY is not set by the global setup");
  const key = createPrivateKey(fs.readFileSync(file, "utf8"));
  return sign("sha256", Buffer.from(body), { key, dsaEncoding: "der" }).toString("base64");
}

test("a key GitHub finds in public code is revoked at once, and its owner sees where it was found", async ({
  page,
  request,
}) => {
  const slug = newSlug("leak");
  await registerWithProject(page, newPerson("Owner"), { name: "Leak Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const secret = await keys.create({ name: "CI deploy", permissions: "All permissions" });
  const whoAmI = () => request.get("/api/oauth/userinfo", { headers: { Authorization: `Bearer ${secret}` } });
  expect((await whoAmI()).status()).toBe(200);

  const url = "https://github.com/octo/leaky/blob/main/.env";
  const body = JSON.stringify([{ token: secret, type: "codeqr_api_key", url, source: "content" }]);
  const post = (signature: string) =>
    request.post("/api/secret-scanning/github", {
      data: body,
      headers: {
        "Content-Type": "application/json",
        "Github-Public-Key-Identifier": "e2e-github",
        "Github-Public-Key-Signature": signature,
        "X-Forwarded-For": randomAddress(),
      },
    });

  const forged = await post(githubSignature(`${body} `));
  expect(forged.status()).toBe(401);
  expect((await whoAmI()).status()).toBe(200);

  const report = await post(githubSignature(body));
  expect(report.status()).toBe(200);
  expect(await report.json()).toEqual([
    { token_raw: secret, token_type: "codeqr_api_key", label: "true_positive" },
  ]);
  expect((await whoAmI()).status()).toBe(401);

  await keys.goto(slug);
  const banner = page.getByRole("region", { name: "Leaked API keys" });
  await expect(banner).toContainText("CI deploy");
  await expect(banner).toContainText(`Found in public code at ${url} — revoked`);
  await expect(banner.getByRole("link", { name: url })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(keys.row("CI deploy")).toHaveCount(0);

  // Kept under Revoked, with the reason; its own page shows the banner too.
  await page
    .getByRole("tablist", { name: "Key status" })
    .getByRole("tab", { name: /Revoked/ })
    .click();
  await expect(page.getByRole("row").filter({ hasText: "CI deploy" })).toContainText("leaked");
  await page.getByRole("link", { name: "CI deploy" }).click();
  await expect(page.getByRole("region", { name: "Leaked API keys" })).toContainText(
    `Found in public code at ${url} — revoked`,
  );
});

test("a leak reported to one instance is refused by another within a second", async ({ page, request }) => {
  test.skip(
    !process.env.DATABASE_URL?.startsWith("postgres"),
    "needs DATABASE_URL=postgres://… (PGlite is single-process)",
  );
  const slug = newSlug("leak2");
  await registerWithProject(page, newPerson("Owner"), { name: "Leak Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const secret = await keys.create({ name: "Mobile app", permissions: "All permissions" });
  const second = await startServer({
    port: 41171,
    logFile: path.resolve("test-results/server-secret-scanning.log"),
    env: JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>,
  });
  try {
    const onB = () =>
      request.get(`${second.baseUrl}/api/oauth/userinfo`, { headers: { Authorization: `Bearer ${secret}` } });
    expect((await onB()).status()).toBe(200);
    const body = JSON.stringify([
      { token: secret, type: "codeqr_api_key", url: "https://gist.github.com/x", source: "gist" },
    ]);
    const report = await request.post("/api/secret-scanning/github", {
      data: body,
      headers: {
        "Content-Type": "application/json",
        "Github-Public-Key-Identifier": "e2e-github",
        "Github-Public-Key-Signature": githubSignature(body),
        "X-Forwarded-For": randomAddress(),
      },
    });
    expect(report.status()).toBe(200);
    const revokedAt = performance.now();
    let refusedAt = 0;
    for (let attempt = 0; attempt < 150 && !refusedAt; attempt++) {
      const status = (await onB()).status();
      if (status === 401) refusedAt = performance.now();
      else expect(status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect(refusedAt, "instance B never refused the leaked key").toBeGreaterThan(0);
    expect(refusedAt - revokedAt).toBeLessThan(1_000);
  } finally {
    await second.stop();
  }
});
