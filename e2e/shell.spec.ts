import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { ApiKeysPage } from "./support/api-keys-page";
import { newPerson, newSession, newSlug, registerWithProject, signOut } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const PHONE = { width: 390, height: 844 };
const LONG_NAME = "International Consortium of Long Project Names";

/** The page never scrolls sideways: nothing is wider than the viewport. */
async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function expectInViewport(page: Page, name: string) {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

test("at 390 × 844 the header fits, Menu navigates, and the account menu signs out", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const ada = { ...newPerson("Ada"), name: "Ada Lovelace" };
  const slug = newSlug("long");
  await registerWithProject(page, ada, { name: LONG_NAME, slug });

  const header = page.getByRole("banner");
  expect((await header.boundingBox())?.width).toBeLessThanOrEqual(PHONE.width);
  await expectNoHorizontalOverflow(page);
  await expectInViewport(page, "Account menu, Ada Lovelace");
  await expectInViewport(page, "Menu");
  await expect(page.getByRole("navigation", { name: "Project" })).toBeHidden();

  // The truncated project name is whole in a tooltip on focus.
  await page.getByRole("button", { name: /Switch project/ }).focus();
  await expect(page.getByRole("tooltip")).toHaveText(LONG_NAME);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings$`));
  await expectNoHorizontalOverflow(page);
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/audit-log$`));
  await expectNoHorizontalOverflow(page);
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("menuitem", { name: "API reference" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/api-reference$`));

  await page.goto("/account");
  await expectNoHorizontalOverflow(page);
  await expectInViewport(page, "Account menu, Ada Lovelace");
  const axe = await new AxeBuilder({ page }).withRules(["label-content-name-mismatch"]).analyze();
  expect(axe.violations).toEqual([]);

  await signOut(page);
});

test("Dark puts class dark on <html> and survives a reload; sign-in has its own Theme button", async ({
  page,
  browser,
}) => {
  await registerWithProject(page, newPerson("Grace"), { name: "Themes", slug: newSlug("theme") });
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.getByRole("button", { name: "Account menu" }).click();
  await expect(page.getByRole("menuitemradio", { name: "Dark" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);

  const visitor = await newSession(browser);
  try {
    await visitor.goto("/login");
    await visitor.getByRole("button", { name: "Theme" }).click();
    await visitor.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect(visitor.locator("html")).toHaveClass(/\bdark\b/);
    await visitor.getByRole("link", { name: "Create one" }).click();
    await expect(visitor.locator("html")).toHaveClass(/\bdark\b/);
  } finally {
    await visitor.context().close();
  }
});

test("focus returns to the trigger when a dialog opened from a menu item or by code closes", async ({
  page,
}) => {
  const slug = newSlug("focus");
  await registerWithProject(page, newPerson("Linus"), { name: "Focus", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  // The first key replaces the empty state (and its Create button); the second is created from the card's.
  await keys.create({ name: "first key" });
  await keys.create({ name: "focus key" });
  // "API key created" opened by code once Create succeeded: focus goes back to Create.
  await expect(page.getByRole("button", { name: "Create", exact: true }).first()).toBeFocused();

  const actions = page.getByRole("button", { name: "Actions for focus key" });
  await actions.click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page.getByRole("dialog", { name: "Edit API key" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(actions).toBeFocused();

  await actions.press("Enter");
  await page.getByRole("menuitem", { name: "Revoke" }).click();
  const revoke = page.getByRole("alertdialog", { name: "Revoke API key" });
  await revoke.getByRole("button", { name: "Cancel" }).click();
  await expect(revoke).toBeHidden();
  await expect(actions).toBeFocused();
});

test("a lost connection and a failing server get different messages", async ({ page }) => {
  await registerWithProject(page, newPerson("Barbara"), { name: "Failures", slug: newSlug("fail") });
  await page.goto("/account");
  const name = page.getByLabel("Name", { exact: true });
  const save = page.getByRole("button", { name: "Save name" });
  const isAction = (request: { method(): string; headers(): Record<string, string> }) =>
    request.method() === "POST" && "next-action" in request.headers();

  await page.route("**/account", (route) => (isAction(route.request()) ? route.abort() : route.continue()));
  await name.fill("Barbara Liskov");
  await save.click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Could not reach the server. Check your connection and try again." }),
  ).toBeVisible();
  await page.unrouteAll();

  // A body the server cannot decode: the action reaches the server, which fails and answers 500.
  await page.route("**/account", (route) =>
    isAction(route.request()) ? route.continue({ postData: "[" }) : route.continue(),
  );
  await save.click();
  const serverFailure = page.getByRole("alert").filter({ hasText: "Something went wrong on the server." });
  await expect(serverFailure).toHaveText(/^Something went wrong on the server\. \(Request ID: [\w-]+\)$/);
  await expect(page.getByText("Could not reach the server", { exact: false })).toHaveCount(0);
  await page.unrouteAll();

  await save.click();
  await expect(page.getByText("Name saved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Account menu, Barbara Liskov" })).toBeVisible();
});
