import { expect, type Locator, type Page, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets, rememberRevealedSecret } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

async function openCreate(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Create", exact: true }).first().click();
  return page.getByRole("dialog", { name: "Create API key" });
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Each way of closing but Done asks first; "Keep open" keeps the same secret on screen. */
async function expectEveryStrayCloseAsks(page: Page, dialog: Locator, secret: string) {
  const ask = page.getByRole("alertdialog", { name: "Close without copying?" });
  const strayCloses: [string, () => Promise<void>][] = [
    ["Escape", () => page.keyboard.press("Escape")],
    ["an outside click", () => page.mouse.click(4, 4)],
    ["the X", () => dialog.getByRole("button", { name: "Close", exact: true }).click()],
  ];
  for (const [how, close] of strayCloses) {
    await close();
    await expect(ask, `${how} asks first`).toBeVisible();
    await ask.getByRole("button", { name: "Keep open" }).click();
    await expect(ask).toBeHidden();
    await expect(dialog.getByLabel("API key")).toHaveValue(secret);
  }
}

test("'API key created' asks before a stray close, and its snippets make a working first request", async ({
  page,
}) => {
  const slug = newSlug("snip");
  await registerWithProject(page, newPerson("Snippets"), { name: "Snippet Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const origin = new URL(page.url()).origin;

  const create = await openCreate(page);
  await create.getByLabel("Name").fill("First request");
  await create.getByRole("button", { name: "Create API Key" }).click();
  const dialog = page.getByRole("dialog", { name: "API key created" });
  const secret = await dialog.getByLabel("API key").inputValue();
  rememberRevealedSecret(secret);
  await expect(dialog).toContainText("you won't be able to see it again");
  await expectEveryStrayCloseAsks(page, dialog, secret);

  // .env: selected first; copying it counts as having taken the key.
  await expect(dialog.getByText(`CODEQR_API_KEY=${secret}`, { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Copy .env line" }).click();
  expect(await clipboard(page)).toBe(`CODEQR_API_KEY=${secret}`);

  await dialog.getByRole("tab", { name: "curl" }).click();
  const curl = `curl ${origin}/api/links -H "Authorization: Bearer ${secret}"`;
  await expect(dialog.getByText(curl, { exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "Copy curl command" }).click();
  const copied = await clipboard(page);
  expect(copied).toBe(curl);
  // Run the copied command as curl would: its URL with its header.
  const [, url, header] = copied.match(/^curl (\S+) -H "([^"]+)"$/) ?? [];
  const [name, value] = (header ?? "").split(": ");
  const response = await fetch(url ?? "", { headers: { [name ?? "x"]: value ?? "" } });
  expect(response.status).toBe(200);
  expect(Array.isArray(await response.json())).toBe(true);

  await dialog.getByRole("tab", { name: "TypeScript" }).click();
  const typescript = dialog.getByRole("tabpanel", { name: "TypeScript" });
  await expect(typescript).toContainText('import { Dub } from "dub";');
  await expect(typescript).toContainText("token: process.env.CODEQR_API_KEY");
  await expect(typescript).toContainText(`serverURL: "${origin}/api"`);
  await expect(typescript).toContainText("await dub.links.list()");
  await expect(dialog.getByRole("button", { name: "Copy TypeScript" })).toBeVisible();

  // Copied: Escape now closes at once, and the secret is gone from the page.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  expect(page.url()).not.toContain(secret);

  // Rolled: the new secret asks the same, and "Close" lets it go.
  await keys.openActions("First request", "Roll");
  await page.getByRole("dialog", { name: "Roll API key" }).getByRole("button", { name: "Roll key" }).click();
  const rolled = page.getByRole("dialog", { name: "API key rolled" });
  const rolledSecret = await rolled.getByLabel("API key").inputValue();
  rememberRevealedSecret(rolledSecret);
  expect(rolledSecret).not.toBe(secret);
  await expect(rolled.getByText(`CODEQR_API_KEY=${rolledSecret}`, { exact: true })).toBeVisible();
  await expectEveryStrayCloseAsks(page, rolled, rolledSecret);
  await page.keyboard.press("Escape");
  await page
    .getByRole("alertdialog", { name: "Close without copying?" })
    .getByRole("button", { name: "Close" })
    .click();
  await expect(rolled).toBeHidden();
  expect(await page.content()).not.toContain(rolledSecret);
});

test("a Restricted key granting nothing is flagged, and limited fields count their characters", async ({
  page,
}) => {
  const slug = newSlug("none");
  const person = newPerson("Counter");
  await registerWithProject(page, person, { name: "Counted", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);

  const create = await openCreate(page);
  await expect(create.getByText("0/50", { exact: true })).toBeVisible();
  await create.getByLabel("Name").fill("Nothing at all");
  await expect(create.getByText("14/50", { exact: true })).toBeVisible();
  const warning = create.getByRole("status").filter({ hasText: "This key grants no permissions" });
  await expect(warning).toHaveCount(0);
  await create.getByRole("radio", { name: "Restricted", exact: true }).check();
  await expect(warning).toBeVisible();
  await create
    .getByRole("radiogroup", { name: "Tags" })
    .getByRole("radio", { name: "Read", exact: true })
    .check();
  await expect(warning).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(create).toBeHidden();

  await keys.create({ name: "Tags reader", permissions: "Restricted", levels: { Tags: "Read" } });
  await keys.openActions("Tags reader", "Edit");
  const edit = page.getByRole("dialog", { name: "Edit API key" });
  await expect(edit.getByText("11/50", { exact: true })).toBeVisible();
  const editWarning = edit.getByRole("status").filter({ hasText: "This key grants no permissions" });
  await expect(editWarning).toHaveCount(0);
  await edit
    .getByRole("radiogroup", { name: "Tags" })
    .getByRole("radio", { name: "None", exact: true })
    .check();
  await expect(editWarning).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto(`/${slug}/settings`);
  await expect(page.getByText("7/50", { exact: true })).toBeVisible();
  await expect(page.getByText(`${slug.length}/48`, { exact: true })).toBeVisible();
  await page.getByLabel("Project name").fill("Counted again");
  await expect(page.getByText("13/50", { exact: true })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByText(`${person.name.length}/100`, { exact: true })).toBeVisible();
  // Screen readers hear the count once typing pauses, from a polite live region.
  const announced = page.locator("#name-count");
  await expect(announced).toHaveAttribute("aria-live", "polite");
  await expect(announced).toHaveText(`${person.name.length} of 100 characters used`);
});

test("at 390 px every key dialog fits: nothing inside is wider than the dialog", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const slug = newSlug("narrow");
  await registerWithProject(page, newPerson("Narrow"), { name: "Narrow Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);

  const create = await openCreate(page);
  await create.getByLabel("Name").fill("A key with a rather long name for a phone");
  await create.getByRole("radio", { name: "Restricted", exact: true }).check();
  await expectFits(create);
  await create.getByRole("button", { name: "Create API Key" }).click();
  const created = page.getByRole("dialog", { name: "API key created" });
  await expect(created.getByLabel("API key")).toBeVisible();
  rememberRevealedSecret(await created.getByLabel("API key").inputValue());
  for (const tab of [".env", "curl", "TypeScript"]) {
    await created.getByRole("tab", { name: tab }).click();
    await expectFits(created);
  }
  await created.getByRole("button", { name: "Done" }).click();

  const name = "A key with a rather long name for a phone";
  for (const [item, dialogName, role] of [
    ["Edit", "Edit API key", "dialog"],
    ["Roll", "Roll API key", "dialog"],
    ["Revoke", "Revoke API key", "alertdialog"],
  ] as const) {
    await keys.openActions(name, item);
    const dialog = page.getByRole(role, { name: dialogName });
    await expectFits(dialog);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }
});

/** The dialog is inside the viewport's width and no element in it reaches past its edges. */
async function expectFits(dialog: Locator) {
  await expect(dialog).toBeVisible();
  const overflow = await dialog.evaluate((root) => {
    const box = root.getBoundingClientRect();
    const wider = [...root.querySelectorAll("*")].filter((element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0) return false;
      return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
    });
    return {
      dialog: { left: box.left, right: box.right, viewport: window.innerWidth },
      wider: wider.map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120)),
      scrolls: root.scrollWidth > root.clientWidth,
    };
  });
  expect(overflow.dialog.left).toBeGreaterThanOrEqual(0);
  expect(overflow.dialog.right).toBeLessThanOrEqual(overflow.dialog.viewport);
  expect(overflow.wider).toEqual([]);
  expect(overflow.scrolls).toBe(false);
}
