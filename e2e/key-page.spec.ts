import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets, projectWithSecret } from "./support/api-keys-page";
import { E2E_RATE_LIMIT } from "./support/paths";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
// Two sign-ups through the form and dozens of API calls: slow on a loaded machine.
test.describe.configure({ timeout: 120_000 });

checkServerLogForSecrets();

const KEY_NAME = "Link writer";

/** One request with the key, claiming `address` through X-Forwarded-For (the e2e server trusts loopback). */
async function call(
  request: APIRequestContext,
  secret: string,
  address: string,
  method: "GET" | "POST",
  path: string,
  data?: unknown,
): Promise<number> {
  const response = await request.fetch(path, {
    method,
    data,
    headers: { authorization: `Bearer ${secret}`, "x-forwarded-for": address },
  });
  return response.status();
}

/** The key's mix: 200, 403 (a route beyond its scopes), 404, 422, then 200s until the rate limit's 429. */
async function makeRequests(request: APIRequestContext, secret: string) {
  const statuses: number[] = [];
  statuses.push(await call(request, secret, "203.0.113.10", "GET", "/api/links"));
  statuses.push(await call(request, secret, "203.0.113.11", "GET", "/api/tags"));
  statuses.push(await call(request, secret, "203.0.113.12", "GET", "/api/links/link_doesnotexist"));
  statuses.push(await call(request, secret, "203.0.113.13", "POST", "/api/links", { url: 42 }));
  expect(statuses).toEqual([200, 403, 404, 422]);
  for (let attempt = 0; attempt <= E2E_RATE_LIMIT && statuses.at(-1) !== 429; attempt++) {
    statuses.push(await call(request, secret, "203.0.113.14", "GET", "/api/links"));
  }
  expect(statuses.at(-1)).toBe(429);
  return statuses;
}

const recentRequests = (page: Page) => page.getByRole("table", { name: "Recent requests" });
const requestRow = (page: Page, address: string) =>
  recentRequests(page).getByRole("row").filter({ hasText: address });

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test("a key's page shows each request it made with its status and address, and the usage counts", async ({
  page,
  request,
}) => {
  const { slug, secret } = await projectWithSecret(page, {
    name: KEY_NAME,
    permissions: "Restricted",
    levels: { Links: "Write" },
  });
  const statuses = await makeRequests(request, secret);
  const count = (statusClass: number) => statuses.filter((s) => Math.floor(s / 100) === statusClass).length;

  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  await keys.row(KEY_NAME).getByRole("link", { name: KEY_NAME }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/api-keys/key_`));
  await expect(page.getByRole("heading", { name: KEY_NAME, level: 2 })).toBeVisible();
  await expect(page.getByRole("link", { name: "API keys", exact: true })).toBeVisible();

  // The key: permissions as a grid, the newest request's address as "last used".
  const permissions = page.getByRole("table", { name: "Permissions" });
  await expect(permissions.getByRole("row", { name: /Links/ })).toHaveText(/LinksNoNoYes/);
  await expect(permissions.getByRole("row", { name: /Analytics/ })).toHaveText(/AnalyticsYesNon\/a/);
  await expect(page.getByText("from 203.0.113.14")).toBeVisible();

  // Usage: the chart's summary and the figures count every request by class.
  const summary = `${statuses.length} in total, ${count(2)} 2xx, ${count(4)} 4xx, 0 5xx`;
  await expect(page.getByRole("img", { name: new RegExp(summary) })).toBeVisible();
  const figure = (label: string) =>
    page
      .getByLabel("Usage figures")
      .locator("div")
      .filter({ has: page.getByText(label, { exact: true }) });
  await expect(figure("Total requests")).toContainText(String(statuses.length));
  await expect(figure("4xx")).toContainText("4");
  const topRoutes = page.getByRole("table", { name: "Top routes" });
  await expect(topRoutes.getByRole("row", { name: /GET \/api\/links\/\{linkId\}/ })).toContainText("100%");

  // Recent requests: the newest first; every error with its status and address under 4xx.
  await expect(requestRow(page, "203.0.113.14").first()).toContainText("429");
  await chooseOption(page, "Status", "4xx");
  for (const [address, status] of [
    ["203.0.113.11", "403"],
    ["203.0.113.12", "404"],
    ["203.0.113.13", "422"],
    ["203.0.113.14", "429"],
  ] as const) {
    await expect(requestRow(page, address)).toContainText(status);
  }
  await expect(recentRequests(page).getByRole("row")).toHaveCount(1 + count(4));

  // The first 200 is on the second page of this route's successes.
  await chooseOption(page, "Status", "2xx");
  await chooseOption(page, "Route", "GET /api/links");
  await expect(requestRow(page, "203.0.113.10")).toHaveCount(0);
  await page.getByRole("button", { name: "Older" }).click();
  await expect(requestRow(page, "203.0.113.10")).toContainText("200");
  await page.getByRole("button", { name: "Newer" }).click();
  await expect(requestRow(page, "203.0.113.14").first()).toContainText("200");

  // A request made while the page is open shows up without a reload.
  await chooseOption(page, "Status", "All");
  await chooseOption(page, "Route", "All routes");
  expect(await call(request, secret, "198.51.100.77", "GET", "/api/tags")).toBe(403);
  await expect(requestRow(page, "198.51.100.77")).toContainText("403");

  // History, then Revoke from the page: the page stays, showing the key as revoked, without actions.
  await expect(page.getByRole("table", { name: "Key history" })).toContainText("API key created");
  await page.getByRole("button", { name: "Revoke" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Revoke API key" });
  await dialog.getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText(/^Revoked .* by /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Key history" })).toContainText("API key revoked");
  expect(await call(request, secret, "198.51.100.78", "GET", "/api/links")).toBe(401);

  // In the list it is gone from Active and listed under Revoked, and its page still holds its log.
  await page.getByRole("link", { name: "API keys" }).first().click();
  await expect(keys.row(KEY_NAME)).toHaveCount(0);
  await page
    .getByRole("tablist", { name: "Key status" })
    .getByRole("tab", { name: /Revoked\s*1/ })
    .click();
  await page.getByRole("link", { name: KEY_NAME }).click();
  await expect(requestRow(page, "198.51.100.78")).toContainText("401");
});

test("another project's key, or an unknown one, is not found", async ({ page, browser }) => {
  const { slug } = await projectWithSecret(page, { name: "Mine" });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const href = await keys.row("Mine").getByRole("link", { name: "Mine" }).getAttribute("href");
  expect(href).toMatch(new RegExp(`^/${slug}/settings/api-keys/key_`));

  await page.goto(`/${slug}/settings/api-keys/key_unknown`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  const other = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    const stranger = await other.newPage();
    const { slug: theirs } = await projectWithSecret(stranger, { name: "Theirs" });
    const keyId = href?.split("/").at(-1) ?? "";
    await stranger.goto(`/${theirs}/settings/api-keys/${keyId}`);
    await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(stranger.getByText("Mine")).toHaveCount(0);
  } finally {
    await other.close();
  }
});
