import { expect, type Locator, type Page, test } from "@playwright/test";
import { checkServerLogForSecrets, rememberRevealedSecret } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
test.describe.configure({ timeout: 120_000 });

checkServerLogForSecrets();

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus, as someone without a mouse would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} was not reached within ${max} presses of Tab`);
}

/** Moves through an open menu with the arrow keys to `item`, then chooses it with Enter. */
async function chooseFromMenu(page: Page, item: string): Promise<void> {
  const target = page.getByRole("menuitem", { name: item, exact: true });
  await expect(page.getByRole("menu")).toBeVisible();
  for (let presses = 0; presses < 10 && !(await isFocused(target)); presses++)
    await page.keyboard.press("ArrowDown");
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
}

/** The secret dialog, by keyboard: copy the key, then Done. Returns the secret. */
async function copyAndFinish(page: Page, title: string): Promise<string> {
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  const secret = await dialog.getByLabel("API key").inputValue();
  rememberRevealedSecret(secret);
  await tabTo(page, dialog.getByRole("button", { name: "Copy API key" }));
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await tabTo(page, dialog.getByRole("button", { name: "Done" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  return secret;
}

test("a key is created, rolled and revoked with the keyboard alone, focus returning to each trigger", async ({
  page,
}) => {
  const slug = newSlug("keys");
  await registerWithProject(page, newPerson("Kim"), { name: "Keyboard", slug });
  await page.goto(`/${slug}/settings/api-keys`);

  for (const name of ["First key", "Keyboard key"]) {
    const create = page.getByRole("button", { name: "Create", exact: true }).first();
    await tabTo(page, create);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Create API key" });
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByLabel("Name"));
    await page.keyboard.type(name);
    await tabTo(page, dialog.getByRole("button", { name: "Create API Key" }));
    await page.keyboard.press("Enter");
    await copyAndFinish(page, "API key created");
    await expect(page.getByRole("button", { name: "Create", exact: true }).first()).toBeFocused();
  }

  const actions = page.getByRole("button", { name: "Actions for Keyboard key" });
  await tabTo(page, actions);
  await page.keyboard.press("Enter");
  await chooseFromMenu(page, "Roll");
  const roll = page.getByRole("dialog", { name: "Roll API key" });
  await tabTo(page, roll.getByRole("button", { name: "Roll key" }));
  await page.keyboard.press("Enter");
  await copyAndFinish(page, "API key rolled");
  await expect(actions).toBeFocused();

  await page.keyboard.press("Enter");
  await chooseFromMenu(page, "Revoke");
  const revoke = page.getByRole("alertdialog", { name: "Revoke API key" });
  await tabTo(page, revoke.getByRole("button", { name: "Revoke key" }));
  // The list's reload after the revocation (a server action, as every POST after the revoke's own) is held back:
  // the dialog closes while the row is still there and the row goes only afterwards, as on a slow server.
  let posts = 0;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && posts++ > 0)
      await new Promise((done) => setTimeout(done, 1_500));
    await route.fallback();
  });
  await page.keyboard.press("Enter");
  await expect(revoke).toBeHidden();
  await expect(actions).toHaveCount(0);
  await page.unrouteAll();
  // The trigger's row is gone: focus stays in the page, not lost on <body>.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

  // The Revoked tab, reached and opened from the keyboard, lists it.
  const revokedTab = page.getByRole("tab", { name: /Revoked/ });
  await tabTo(page, page.getByRole("tab", { selected: true }));
  for (let presses = 0; presses < 5 && !(await isFocused(revokedTab)); presses++)
    await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(revokedTab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("link", { name: "Keyboard key" })).toBeVisible();
});

test("the account menu and a dialog closed with Escape give focus back to their triggers", async ({
  page,
}) => {
  const slug = newSlug("menu");
  await registerWithProject(page, newPerson("Kai"), { name: "Menus", slug });
  await page.goto(`/${slug}/settings/api-keys`);

  const account = page.getByRole("button", { name: /^Account menu/ });
  await tabTo(page, account);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(account).toBeFocused();

  const create = page.getByRole("button", { name: "Create", exact: true }).first();
  await tabTo(page, create);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(create).toBeFocused();
});
