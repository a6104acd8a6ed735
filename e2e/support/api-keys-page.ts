import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { newPerson, newSlug, registerWithProject } from "./flows";
import { SERVER_LOG } from "./paths";

const SECRET_PATTERN = /^codeqr_[0-9A-Za-z]{30}$/;

/** Every secret revealed during the run, to prove none reaches the server log. */
const revealedSecrets: string[] = [];

/** A secret a test read from the dashboard itself, for the server-log check below. */
export function rememberRevealedSecret(secret: string): void {
  expect(secret).toMatch(SECRET_PATTERN);
  revealedSecrets.push(secret);
}

/** After the file's tests: the server's log holds none of the secrets the dashboard revealed. */
export function checkServerLogForSecrets(): void {
  test.afterAll(() => {
    // A worker started after a failed test may have run nothing that reveals a key: that failure speaks for itself.
    if (revealedSecrets.length === 0) return;
    const dir = path.dirname(SERVER_LOG);
    const log = fs
      .readdirSync(dir)
      .filter((name) => /^server.*\.log$/.test(name))
      .map((name) => fs.readFileSync(path.join(dir, name), "utf8"))
      .join("\n");
    expect(log.length).toBeGreaterThan(0);
    for (const secret of revealedSecrets)
      expect(log.includes(secret), "plaintext key in the server log").toBe(false);
  });
}

type Level = "None" | "Read" | "Write";
export type KeyForm = {
  name: string;
  owner?: "You" | "Machine";
  permissions?: "All permissions" | "Read only" | "Restricted";
  levels?: Partial<Record<"Links" | "Analytics" | "Domains" | "Tags", Level>>;
};

/** The Settings › API Keys page, driven by roles and labels as a person would. */
export class ApiKeysPage {
  constructor(readonly page: Page) {}

  async goto(slug: string) {
    await this.page.goto(`/${slug}/settings/api-keys`);
    // Hydrated (a Button is aria-disabled until then): a click on a key's link before it would be lost.
    const create = this.page.getByRole("button", { name: "Create", exact: true }).first();
    await expect(create).toBeVisible();
    await expect(create).not.toHaveAttribute("aria-disabled", "true");
  }

  row(name: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("cell", { name, exact: true }) });
  }

  /** Creates a key and returns the secret shown once, after copying it with "Copy". */
  async create(form: KeyForm): Promise<string> {
    await this.page.getByRole("button", { name: "Create", exact: true }).first().click();
    const dialog = this.page.getByRole("dialog", { name: "Create API key" });
    await dialog.getByLabel("Name").fill(form.name);
    if (form.owner) await dialog.getByRole("radio", { name: form.owner, exact: true }).check();
    if (form.permissions) await dialog.getByRole("radio", { name: form.permissions, exact: true }).check();
    for (const [resource, level] of Object.entries(form.levels ?? {})) {
      await dialog
        .getByRole("radiogroup", { name: resource })
        .getByRole("radio", { name: level, exact: true })
        .check();
    }
    await dialog.getByRole("button", { name: "Create API Key" }).click();
    return this.takeRevealedSecret("API key created");
  }

  async roll(name: string, grace: "Now" | "1 hour" | "24 hours" | "7 days"): Promise<string> {
    await this.openActions(name, "Roll");
    const dialog = this.page.getByRole("dialog", { name: "Roll API key" });
    await dialog.getByRole("radio", { name: grace, exact: true }).check();
    await dialog.getByRole("button", { name: "Roll key" }).click();
    return this.takeRevealedSecret("API key rolled");
  }

  async revoke(name: string, expectedWarning?: RegExp) {
    await this.openActions(name, "Revoke");
    const dialog = this.page.getByRole("alertdialog", { name: "Revoke API key" });
    if (expectedWarning) await expect(dialog).toContainText(expectedWarning);
    await dialog.getByRole("button", { name: "Revoke key" }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(name)).toHaveCount(0);
  }

  async openActions(name: string, item: "Edit" | "Roll" | "Revoke") {
    await this.page.getByRole("button", { name: `Actions for ${name}` }).click();
    await this.page.getByRole("menuitem", { name: item }).click();
  }

  private async takeRevealedSecret(title: string): Promise<string> {
    const dialog = this.page.getByRole("dialog", { name: title });
    const secret = await dialog.getByLabel("API key").inputValue();
    expect(secret).toMatch(SECRET_PATTERN);
    revealedSecrets.push(secret);
    await dialog.getByRole("button", { name: "Copy API key" }).click();
    await expect(dialog.getByRole("button", { name: "Copied", exact: true })).toBeVisible();
    expect(await this.page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();
    return secret;
  }

  /** Creates a key per name (You, All permissions) through the dialog, without copying: many keys, fast. */
  async createMany(names: readonly string[]) {
    for (const name of names) {
      await this.page.getByRole("button", { name: "Create", exact: true }).first().click();
      const dialog = this.page.getByRole("dialog", { name: "Create API key" });
      await dialog.getByLabel("Name").fill(name);
      await dialog.getByRole("button", { name: "Create API Key" }).click();
      const revealed = this.page.getByRole("dialog", { name: "API key created" });
      const secret = await revealed.getByLabel("API key").inputValue();
      expect(secret).toMatch(SECRET_PATTERN);
      revealedSecrets.push(secret);
      await revealed.getByRole("button", { name: "Done" }).click();
      await expect(revealed).toBeHidden();
    }
  }

  /** A key's card, as the list shows below 1024 px. */
  card(name: string) {
    return this.page
      .getByRole("list", { name: "API keys" })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  /** The names of the keys on the current page of the table, in order. */
  async tableNames(): Promise<string[]> {
    const rows = this.page.getByRole("table", { name: "API keys" }).getByRole("row");
    const names = await rows.locator("td:first-child a").allTextContents();
    return names.map((name) => name.trim());
  }
}

/** A new person, project and key, made through the dashboard as a user would. */
export async function projectWithSecret(page: Page, form: KeyForm = { name: "API client" }) {
  const slug = newSlug("api");
  await registerWithProject(page, newPerson("Dev"), { name: "API Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  return { slug, secret: await keys.create(form) };
}
