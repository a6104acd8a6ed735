import { expect, type Page } from "@playwright/test";

/** Settings › Audit log, driven by roles and labels. */
export class AuditLogPage {
  constructor(readonly page: Page) {}

  table() {
    return this.page.getByRole("table", { name: "Audit log" });
  }

  /** The entries (the header row, hidden on phones, is not one). */
  entries() {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") });
  }

  async goto(slug: string, query = "") {
    await this.page.goto(`/${slug}/settings/audit-log${query}`);
    await expect(this.page.getByRole("combobox", { name: "Action" })).toBeVisible();
  }

  /** Picks an option of the "Action" or "Actor" combobox and waits for the list to follow. */
  async filter(name: "Action" | "Actor", option: string) {
    await this.page.getByRole("combobox", { name }).click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
    await expect(this.page.getByRole("combobox", { name })).toHaveText(option);
  }
}

/** How far the document scrolls sideways, and the same for `main` (the page's own content). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    return {
      document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      mainRight: main
        ? Math.max(0, Math.ceil(main.getBoundingClientRect().right) - document.documentElement.clientWidth)
        : 0,
    };
  });
}
