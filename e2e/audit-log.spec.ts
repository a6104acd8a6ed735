import { expect, type Page, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { AuditLogPage, horizontalOverflow } from "./support/audit-log-page";
import { newPerson, newSlug, register, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
// Two sign-ups through the form: slow on a loaded machine.
test.describe.configure({ timeout: 180_000 });

checkServerLogForSecrets();

async function editKeyName(page: Page, from: string, to: string) {
  const keys = new ApiKeysPage(page);
  await keys.openActions(from, "Edit");
  const dialog = page.getByRole("dialog", { name: "Edit API key" });
  await dialog.getByLabel("Name").fill(to);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
}

async function regeneratePublishableKey(page: Page) {
  await page.getByRole("button", { name: "Generate publishable key" }).click();
  const field = page.getByRole("textbox", { name: "Publishable key", exact: true });
  const first = await field.inputValue();
  await page.getByRole("button", { name: "Regenerate", exact: true }).click();
  await page
    .getByRole("alertdialog", { name: "Regenerate publishable key" })
    .getByRole("button", { name: "Regenerate key" })
    .click();
  await expect(page.getByRole("alertdialog", { name: "Regenerate publishable key" })).toBeHidden();
  await expect(field).not.toHaveValue(first);
}

test("the owner filters the log by action and actor, the view survives reload, and edits read before → after", async ({
  page,
  browser,
}) => {
  const slug = newSlug("audit");
  const owner = newPerson("Owner");
  await registerWithProject(page, owner, { name: "Audited", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  await keys.create({ name: "alpha" });
  await editKeyName(page, "alpha", "beta");
  await regeneratePublishableKey(page);

  // A second person in the log: a member who joins by invitation.
  const member = newPerson("Grace");
  await page.goto(`/${slug}/settings/people`);
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Invite" }).click();
  const inviteLink = await page.getByLabel("Invite link").inputValue();
  const memberContext = await browser.newContext();
  try {
    const memberPage = await memberContext.newPage();
    await memberPage.goto(inviteLink);
    await expect(memberPage).toHaveURL(/\/login\?callbackUrl=/);
    await memberPage.getByRole("link", { name: "Create one" }).click();
    await expect(memberPage).toHaveURL(/\/register\?callbackUrl=%2Finvite%2F/);
    await register(memberPage, member, memberPage.url());
    await expect(memberPage).toHaveURL(/\/invite\//);
    await memberPage.getByRole("button", { name: "Join project" }).click();
    await expect(memberPage).toHaveURL(new RegExp(`/${slug}$`));
  } finally {
    await memberContext.close();
  }

  const log = new AuditLogPage(page);
  await log.goto(slug);
  // The edit shows what changed, not only the new state; the regeneration is one entry, not revoked + generated.
  await expect(log.entries().filter({ hasText: "API key edited" })).toContainText("Name: alpha → beta");
  await expect(log.entries().filter({ hasText: "Publishable key regenerated" })).toHaveCount(1);
  await expect(log.entries().filter({ hasText: "Publishable key revoked" })).toHaveCount(0);
  await expect(log.entries().filter({ hasText: "Publishable key generated" })).toHaveCount(1);

  await log.filter("Action", "API key edited");
  await expect(page).toHaveURL(/[?&]action=api_key\.updated/);
  await expect(log.entries()).toHaveCount(1);
  await expect(log.entries()).toContainText("beta");

  await log.filter("Action", "All actions");
  await log.filter("Actor", member.name);
  await expect(page).toHaveURL(/[?&]actor=user_/);
  await expect(log.entries()).toHaveCount(1);
  await expect(log.entries()).toContainText("Member joined");

  await log.filter("Action", "Member joined");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Action" })).toHaveText("Member joined");
  await expect(page.getByRole("combobox", { name: "Actor" })).toHaveText(member.name);
  await expect(log.entries()).toHaveCount(1);

  // An action nobody took by this actor: an empty, explained list; "Clear filters" brings everything back.
  await log.filter("Action", "API key created");
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/[?&](action|actor)=/);
  await expect(log.entries().filter({ hasText: "API key created" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Clear filters" })).toHaveCount(0);
});

test("the audit log fits 1440 and 390 px, and its scroll region is keyboard-reachable only while it overflows", async ({
  page,
}) => {
  const slug = newSlug("audit");
  await registerWithProject(page, newPerson("Owner"), { name: "Audited", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const longName = `A key whose name goes on ${"and on ".repeat(12)}`.trim();
  await keys.create({ name: longName });
  const log = new AuditLogPage(page);

  await page.setViewportSize({ width: 1440, height: 900 });
  await log.goto(slug);
  expect(await horizontalOverflow(page)).toEqual({ document: 0, main: 0, mainRight: 0 });
  // Fixed widths: the long name truncates in its own column and Time is never cut off.
  const table = await log.table().boundingBox();
  const time = await log.entries().first().locator("time").boundingBox();
  expect(table && time && time.x + time.width <= table.x + table.width).toBe(true);
  await expect(page.getByRole("region", { name: /Audit log/ })).toHaveCount(0);

  // Between 48rem and the full width the table keeps its columns and scrolls inside a focusable region.
  await page.setViewportSize({ width: 820, height: 900 });
  const region = page.getByRole("region", { name: "Audit log (scrolls sideways)" });
  await expect(region).toHaveAttribute("tabindex", "0");
  await page.getByRole("combobox", { name: "Actor" }).focus();
  await page.keyboard.press("Tab");
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

  // On a phone each entry is a card: nothing scrolls sideways, and the region is gone.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(region).toHaveCount(0);
  await expect(log.entries().first()).toContainText("API key created");
  // The header is the layout's (issue #14 item 1); this page's own content must fit.
  const overflow = await horizontalOverflow(page);
  expect({ main: overflow.main, mainRight: overflow.mainRight }).toEqual({ main: 0, mainRight: 0 });
});
