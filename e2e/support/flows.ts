import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page } from "@playwright/test";

export type Person = { name: string; email: string; password: string };

export function newPerson(name: string): Person {
  const tag = randomBytes(4).toString("hex");
  return { name, email: `${name.toLowerCase()}-${tag}@example.com`, password: `pw-${tag}-secret` };
}

export function newSlug(base: string): string {
  return `${base}-${randomBytes(3).toString("hex")}`;
}

/**
 * Signs up through the form, from a new client address each time unless the test made the page claim one
 * (fromAddress): sign-up allows a few accounts an hour per address, and the suite creates many more.
 */
export async function register(page: Page, person: Person, path = "/register"): Promise<void> {
  if (!claimedAddresses.has(page)) await page.setExtraHTTPHeaders({ "x-forwarded-for": randomAddress() });
  await page.goto(path);
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, person: Pick<Person, "email" | "password">): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Registers a new person and creates their first project; returns on the project's page. */
export async function registerWithProject(
  page: Page,
  person: Person,
  project: { name: string; slug: string },
) {
  await register(page, person);
  await expect(page).toHaveURL(/\/new$/);
  await createProject(page, project);
}

export async function createProject(page: Page, project: { name: string; slug: string }): Promise<void> {
  await page.getByLabel("Project name").fill(project.name);
  await page.getByLabel("Slug").fill(project.slug);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/${project.slug}$`));
}

/** A second, independent browser session (its own cookies). */
export async function newSession(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** A form's alert with this text (Next's route announcer is an empty `alert` too, so match by text). */
export async function expectAlert(page: Page, text: string): Promise<void> {
  await expect(page.getByRole("alert").filter({ hasText: text })).toHaveText(text);
}

const claimedAddresses = new WeakMap<Page, string>();

/** Requests from this page claim another client address, as a reverse proxy's X-Forwarded-For would. */
export async function fromAddress(page: Page, address: string): Promise<void> {
  claimedAddresses.set(page, address);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
}

/** A client address of the documentation range, unique per call (rate-limit counters may outlive a run). */
export function randomAddress(): string {
  const [a = 0, b = 0] = randomBytes(2);
  return `198.18.${a}.${b}`;
}
