import { expect, type Page, test } from "@playwright/test";
import { ApiKeysPage } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

/** Sets the project's maximum key lifetime to 30 days in Settings › API Keys › Key policy, and saves it. */
async function limitKeysTo30Days(page: Page): Promise<void> {
  const policy = page
    .locator('[data-slot="card"]')
    .filter({ has: page.getByRole("heading", { name: "Key policy", exact: true }) });
  await policy.getByRole("combobox", { name: "Maximum lifetime" }).click();
  await page.getByRole("option", { name: "30 days", exact: true }).click();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Key policy saved")).toBeVisible();
}

test("an owner limits keys to 30 days: the Create dialog stops offering Never, and the change is in the audit log", async ({
  page,
}) => {
  const slug = newSlug("policy");
  await registerWithProject(page, newPerson("Owner"), { name: "Policy Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);

  await limitKeysTo30Days(page);

  await page.getByRole("button", { name: "Create", exact: true }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await expect(
    dialog.getByText("This project's key policy limits keys to 30 days", { exact: false }),
  ).toBeVisible();
  await dialog.getByRole("combobox", { name: "Expires" }).click();
  const options = page.getByRole("option");
  await expect(options).toHaveText(["7 days", "30 days", "A date"]);
  await page.keyboard.press("Escape");
  await dialog.getByLabel("Name").fill("Within policy");
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  await expect(page.getByRole("dialog", { name: "API key created" })).toBeVisible();

  await page.goto(`/${slug}/settings/audit-log`);
  const entry = page.getByRole("row").filter({ hasText: "Key policy changed" });
  await expect(entry).toContainText("Max lifetime: no limit → 30 days");
});

test("a policy saved just before creating a key: the page's refresh keeps the name being typed", async ({
  page,
}) => {
  const slug = newSlug("policy-refresh");
  await registerWithProject(page, newPerson("Owner"), { name: "Policy refresh", slug });
  await new ApiKeysPage(page).goto(slug);

  // The page's refresh after the save (RSC requests) is held back until the name has been typed.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const heldAnswers: Promise<unknown>[] = [];
  await page.route("**/*", async (route) => {
    if (route.request().headers().rsc === "1") {
      heldAnswers.push(route.request().response());
      await held;
    }
    await route.fallback();
  });
  await limitKeysTo30Days(page);
  await page.getByRole("button", { name: "Create", exact: true }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  const expires = dialog.getByRole("combobox", { name: "Expires" });
  await expect(expires).toHaveText("Never");
  await dialog.getByLabel("Name").fill("Typed during the refresh");

  expect(heldAnswers.length, "the refresh was held back").toBeGreaterThan(0);
  release();
  await Promise.all(heldAnswers);
  await page.unrouteAll({ behavior: "wait" });
  // The new policy has reached the open form (no more "Never") without wiping what was typed.
  await expect(expires).toHaveText("30 days");
  await expect(dialog.getByLabel("Name")).toHaveValue("Typed during the refresh");
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  await expect(page.getByRole("dialog", { name: "API key created" })).toBeVisible();
});
