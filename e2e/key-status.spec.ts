import { type APIRequestContext, expect, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

function userinfo(request: APIRequestContext, secret: string) {
  return request.get("/api/oauth/userinfo", { headers: { Authorization: `Bearer ${secret}` } });
}

checkServerLogForSecrets();

const COLUMNS = ["Name", "Key", "Owner", "Created", "Last used", "Expires", "Requests"];

test("a revoked key leaves Active for Revoked, with who and when, and its token gets a 401", async ({
  page,
  request,
}) => {
  const slug = newSlug("status");
  const owner = newPerson("Revoker");
  await registerWithProject(page, owner, { name: "Status Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const secret = await keys.create({ name: "Old client" });
  await keys.create({ name: "Kept client" });

  const tabs = page.getByRole("tablist", { name: "Key status" });
  await expect(tabs.getByRole("tab", { name: /Active\s*2/ })).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab", { name: /Revoked\s*0/ })).toBeVisible();

  // "Last used" and "Requests (24 h)" catch up without a reload (the list refetches while visible).
  const cells = keys.row("Old client").getByRole("cell");
  const [lastUsed, requests] = [
    cells.nth(COLUMNS.indexOf("Last used")),
    cells.nth(COLUMNS.indexOf("Requests")),
  ];
  await expect(lastUsed).toHaveText("Never");
  await expect(requests).toHaveText("0");
  expect((await userinfo(request, secret)).status()).toBe(200);
  await expect(lastUsed).not.toHaveText("Never", { timeout: 30_000 });
  await expect(requests).toContainText("1", { timeout: 30_000 });
  await expect(requests.getByRole("img", { name: "Requests per hour, last 24 hours" })).toBeVisible();

  await keys.revoke("Old client");
  await expect(tabs.getByRole("tab", { name: /Active\s*1/ })).toBeVisible();
  await expect(keys.row("Kept client")).toBeVisible();

  await tabs.getByRole("tab", { name: /Revoked\s*1/ }).click();
  const revoked = page.getByRole("row").filter({ hasText: "Old client" });
  await expect(revoked).toContainText(`by ${owner.name}`);
  await expect(revoked.getByText(/^Revoked /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Actions for Old client" })).toHaveCount(0);

  const refused = await userinfo(request, secret);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({
    error: { code: "unauthorized", message: expect.stringContaining("This API key has been revoked.") },
  });

  // Still listed under Revoked after a reload: the key is kept, not deleted.
  await page.reload();
  await page
    .getByRole("tablist", { name: "Key status" })
    .getByRole("tab", { name: /Revoked/ })
    .click();
  await expect(page.getByRole("row").filter({ hasText: "Old client" })).toContainText(`by ${owner.name}`);
});
