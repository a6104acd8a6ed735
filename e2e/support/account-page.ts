import { type BrowserContext, type Cookie, expect, type Page } from "@playwright/test";

/** The Account page (`/account`), opened from the user menu as a person would. */
export class AccountPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("button", { name: "Account menu" }).click();
    await this.page.getByRole("menuitem", { name: "Account" }).click();
    await expect(this.page).toHaveURL(/\/account$/);
    await expect(this.page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  }

  async changeName(name: string) {
    await this.page.getByLabel("Name", { exact: true }).fill(name);
    await this.page.getByRole("button", { name: "Save name" }).click();
    await expect(this.page.getByText("Name saved")).toBeVisible();
  }

  async changePassword(currentPassword: string, newPassword: string) {
    await this.page.getByLabel("Current password").fill(currentPassword);
    await this.page.getByLabel("New password").fill(newPassword);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  async signOutEverywhere() {
    await this.page.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = this.page.getByRole("alertdialog", { name: "Sign out everywhere?" });
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(this.page).toHaveURL(/\/login/);
  }
}

/** The Auth.js session cookie(s) of a context, to replay elsewhere after the session should have ended. */
export async function sessionCookies(context: BrowserContext): Promise<Cookie[]> {
  const cookies = (await context.cookies()).filter((cookie) => cookie.name.includes("authjs.session-token"));
  expect(cookies.length).toBeGreaterThan(0);
  return cookies;
}

/** What `/api/auth/session` says for a context: the session, or null when it has none. */
export async function sessionOf(context: BrowserContext, baseUrl = ""): Promise<unknown> {
  const response = await context.request.get(`${baseUrl}/api/auth/session`);
  expect(response.status()).toBe(200);
  return response.json();
}

/** True when the context is still signed in: a dashboard page renders instead of sending it to /login. */
export async function expectSignedIn(page: Page, signedIn: boolean) {
  await page.goto("/account");
  if (signedIn) await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  else await expect(page).toHaveURL(/\/login/);
}
