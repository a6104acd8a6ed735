import { expect, type Page, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

checkServerLogForSecrets();

const LONG_NAME = "Production billing webhook relay for the EU region"; // 50 characters, the schema's maximum

/** No horizontal scrolling of the page, nor of the table inside its card. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const container = document.querySelector('[data-slot="table-container"]');
    return {
      page: root.scrollWidth - root.clientWidth,
      table: container ? container.scrollWidth - container.clientWidth : 0,
    };
  });
  expect(overflow).toEqual({ page: 0, table: 0 });
}

/**
 * The API Keys card and everything in it lie within the viewport's width. (The page as a whole is the
 * header's business: it is checked on every page by the overflow test of the dashboard.)
 */
async function expectKeysCardInViewport(page: Page) {
  const width = page.viewportSize()?.width ?? 0;
  const card = page
    .locator('[data-slot="card"]')
    .filter({ has: page.getByRole("heading", { name: "API Keys" }) });
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  if (box) expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await card.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  for (const item of await card.getByRole("listitem").all()) {
    const itemBox = await item.boundingBox();
    if (itemBox) expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(width);
  }
}

/** Every visible row actions button lies wholly inside the viewport. */
async function expectActionsInViewport(page: Page) {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("no viewport");
  const buttons = page.getByRole("button", { name: /^Actions for / });
  const count = await buttons.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await buttons.nth(i).boundingBox();
    expect(box, `actions button ${i}`).not.toBeNull();
    if (!box) continue;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
}

test("25 keys: search, filter, sort and pages of 20, and the view survives a reload", async ({ page }) => {
  test.setTimeout(300_000);
  const slug = newSlug("table");
  await registerWithProject(page, newPerson("Keeper"), { name: "Table Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const names = Array.from({ length: 23 }, (_, i) => `Key ${String(i + 1).padStart(2, "0")}`);
  await keys.createMany(names);
  await keys.create({ name: "Deploy bot", owner: "Machine" });
  await keys.create({ name: "Reader", permissions: "Read only" });

  await expect(page.getByText("25 of 100 active keys")).toBeVisible();
  const tabs = page.getByRole("tablist", { name: "Key status" });
  await expect(tabs.getByRole("tab", { name: /Active\s*25/ })).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab", { name: /Expiring soon\s*0/ })).toBeVisible();

  // Newest first, 20 to a page.
  await expect(page.getByText("Showing 1–20 of 25")).toBeVisible();
  expect((await keys.tableNames()).slice(0, 2)).toEqual(["Reader", "Deploy bot"]);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Showing 21–25 of 25")).toBeVisible();
  expect(await keys.tableNames()).toEqual(["Key 05", "Key 04", "Key 03", "Key 02", "Key 01"]);
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByText("Showing 1–20 of 25")).toBeVisible();

  // Sortable headers say how they sort.
  const nameHeader = page.getByRole("columnheader", { name: "Name" });
  await expect(nameHeader).toHaveAttribute("aria-sort", "none");
  await expect(page.getByRole("columnheader", { name: "Created" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(async () => (await keys.tableNames())[0]).toBe("Deploy bot");
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  await expect.poll(async () => (await keys.tableNames())[0]).toBe("Reader");

  // Search by name, by display form and by key id.
  const readerKey = (await keys.row("Reader").locator("code").first().textContent())?.trim() ?? "";
  expect(readerKey).toMatch(/^codeqr_…[0-9A-Za-z]{4}$/);
  const readerId = (await keys.row("Reader").getAttribute("data-key-id")) ?? "";
  const search = page.getByRole("searchbox", { name: "Search keys" });
  await search.fill("key 1");
  await expect(page.getByText("Showing 1–10 of 10")).toBeVisible();
  await search.fill(readerKey);
  await expect.poll(() => keys.tableNames()).toEqual(["Reader"]);
  await search.fill(readerId);
  await expect.poll(() => keys.tableNames()).toEqual(["Reader"]);
  await search.fill("");

  // Filters, combined with the search, in the URL.
  await page.getByRole("combobox", { name: "Owner" }).click();
  await page.getByRole("option", { name: "Machine users" }).click();
  await expect.poll(() => keys.tableNames()).toEqual(["Deploy bot"]);
  await page.getByRole("combobox", { name: "Owner" }).click();
  await page.getByRole("option", { name: "You" }).click();
  await page.getByRole("combobox", { name: "Permissions" }).click();
  await page.getByRole("option", { name: "Read only" }).click();
  await expect.poll(() => keys.tableNames()).toEqual(["Reader"]);
  await expect(page).toHaveURL(/owner=me/);
  await expect(page).toHaveURL(/permissions=read_only/);
  await expect(page).toHaveURL(/sort=name\.desc/);

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Owner" })).toHaveText("You");
  await expect(page.getByRole("combobox", { name: "Permissions" })).toHaveText("Read only");
  await expect.poll(() => keys.tableNames()).toEqual(["Reader"]);
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");

  // Nothing matches: say so, with a way back.
  await page.getByRole("searchbox", { name: "Search keys" }).fill("no such key");
  await expect(page.getByText("No keys match your search and filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page.getByRole("searchbox", { name: "Search keys" })).toHaveValue("");
  await expect(page.getByRole("combobox", { name: "Owner" })).toHaveText("Everyone");
  await expect(page.getByText("Showing 1–20 of 25")).toBeVisible();
  await expect(page).not.toHaveURL(/owner=|permissions=|q=/);

  // A page of the view can be shared: a fresh load of its URL shows the same page.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.goto(page.url());
  await expect(page.getByText("Showing 21–25 of 25")).toBeVisible();
});

test("a 50-character name and a rolled key fit at 1440 px, and each key is a card at 390 px", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const slug = newSlug("fit");
  await registerWithProject(page, newPerson("Fitter"), { name: "Fit Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  await keys.create({ name: LONG_NAME, owner: "Machine" });
  await keys.create({ name: "Rolled key" });
  await keys.roll("Rolled key", "24 hours");
  await expect(keys.row("Rolled key")).toContainText("Old secret valid until");

  await expectNoHorizontalOverflow(page);
  await expectKeysCardInViewport(page);
  await expectActionsInViewport(page);
  for (const column of ["Created", "Last used", "Expires"])
    await expect(page.getByRole("columnheader", { name: column })).toBeInViewport({ ratio: 1 });

  // The long name is cut with an ellipsis and shown in full on hover and on keyboard focus.
  const longName = keys.row(LONG_NAME).getByRole("link", { name: LONG_NAME });
  const cut = await longName.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(cut).toBe(true);
  await longName.hover();
  await expect(page.getByRole("tooltip")).toHaveText(LONG_NAME);
  await page.mouse.move(0, 0);
  await expect(page.getByRole("tooltip")).toBeHidden();
  await longName.focus();
  await expect(page.getByRole("tooltip")).toHaveText(LONG_NAME);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("table", { name: "API keys" })).toBeHidden();
  const card = keys.card("Rolled key");
  await expect(card).toBeVisible();
  await expect(card).toContainText(/codeqr_…[0-9A-Za-z]{4}/);
  await expect(card).toContainText("Old secret valid until");
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
  await expect(keys.card(LONG_NAME).getByText("Machine", { exact: true })).toBeVisible();
  await expectKeysCardInViewport(page);
  await expectActionsInViewport(page);

  // The card's actions work as the row's did.
  await card.getByRole("button", { name: "Actions for Rolled key" }).click();
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeInViewport();
  await page.keyboard.press("Escape");
});
