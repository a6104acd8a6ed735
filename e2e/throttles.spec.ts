import fs from "node:fs";
import { expect, type Page, type PlaywrightWorkerArgs, test } from "@playwright/test";
import { SIGN_IN_PER_EMAIL_AND_ADDRESS } from "../lib/rate-limit/login-throttle";
import { SIGN_UPS_PER_ADDRESS } from "../lib/rate-limit/sign-up-throttle";
import { expectAlert, fromAddress, newPerson, type Person, randomAddress, register } from "./support/flows";
import { SERVER_LOG } from "./support/paths";

const SESSION_COOKIE = "authjs.session-token";

/** The app's own server: Auth.js builds its redirects from the URL Next gives it, which says `localhost`. */
function expectOnApp(url: URL, baseURL: string, message?: string) {
  const app = new URL(baseURL);
  expect(["127.0.0.1", "localhost"], message).toContain(url.hostname);
  expect(`${url.protocol}${url.port}`, message).toBe(`${app.protocol}${app.port}`);
}

/** A client of Auth.js's REST sign-in from one address: its CSRF cookie and token, then form posts. */
async function restClient(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, address: string) {
  const context = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": address },
  });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = async (email: string, password: string, callbackUrl = "/") => {
    const response = await context.post("/api/auth/callback/credentials", {
      form: { email, password, csrfToken, callbackUrl },
      maxRedirects: 0,
    });
    const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
    return {
      status: response.status(),
      location: new URL(response.headers().location ?? "", baseURL),
      signedIn: cookies.some((cookie) => cookie.value.startsWith(`${SESSION_COOKIE}=`)),
    };
  };
  return { context, signIn };
}

async function registered(page: Page, name: string): Promise<Person> {
  const person = newPerson(name);
  await register(page, person);
  await expect(page).toHaveURL(/\/new$/);
  await page.context().clearCookies();
  return person;
}

test("a burst of REST sign-ins gets at most the limit's password checks; the right password, sent last, is refused; another address still signs in", async ({
  page,
  playwright,
  baseURL,
}) => {
  if (!baseURL) throw new Error("no baseURL");
  const erin = await registered(page, "Erin");
  const attacker = await restClient(playwright, baseURL, randomAddress());
  const owner = await restClient(playwright, baseURL, randomAddress());
  try {
    const outcomes = await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => attacker.signIn(erin.email, `wrong-${i}`)),
      attacker.signIn(erin.email, erin.password),
    ]);
    expect(outcomes.every((outcome) => outcome.status === 302 && !outcome.signedIn)).toBe(true);
    const codes = outcomes.map((outcome) => outcome.location.searchParams.get("code"));
    // `credentials` is a password that was checked and wrong; `throttled` one that was never checked.
    expect(codes.filter((code) => code === "credentials").length).toBeLessThanOrEqual(
      SIGN_IN_PER_EMAIL_AND_ADDRESS.limit,
    );
    expect(codes.filter((code) => code === "throttled").length).toBeGreaterThanOrEqual(
      51 - SIGN_IN_PER_EMAIL_AND_ADDRESS.limit,
    );
    expect(codes.at(-1)).toBe("throttled");
    expect(await attacker.signIn(erin.email, erin.password)).toMatchObject({ signedIn: false });

    const elsewhere = await owner.signIn(erin.email, erin.password, "/new");
    expect(elsewhere).toMatchObject({ status: 302, signedIn: true });
    expectOnApp(elsewhere.location, baseURL);
    expect(elsewhere.location.pathname).toBe("/new");
  } finally {
    await attacker.context.dispose();
    await owner.context.dispose();
  }
});

test("the login page says to wait when the REST sign-in was throttled", async ({ page }) => {
  await page.goto("/login?error=CredentialsSignin&code=throttled");
  await expectAlert(page, "Too many failed sign-in attempts. Wait a minute and try again.");
});

const HOSTILE_CALLBACKS = [
  "%2F%09%2Fevil.example%2F",
  "%2F%0A%2Fevil.example%2F",
  "%2F%5Cevil.example%2F",
  "%2F%2Fevil.example%2F",
  "https%3A%2F%2Fevil.example%2F",
  "%2F.%2F%2Fevil.example%2F",
];

for (const [form, path] of [
  ["sign-in", "/login"],
  ["sign-up", "/register"],
] as const) {
  test(`${form} with a hostile callbackUrl lands on the app`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    const person = newPerson("Hostile");
    await register(page, person);
    await expect(page).toHaveURL(/\/new$/);
    for (const callback of HOSTILE_CALLBACKS) {
      await page.context().clearCookies();
      if (form === "sign-in") {
        await page.goto(`${path}?callbackUrl=${callback}`);
        await page.getByLabel("Email").fill(person.email);
        await page.getByLabel("Password").fill(person.password);
        await page.getByRole("button", { name: "Sign in" }).click();
      } else {
        await register(page, newPerson("Hostile"), `${path}?callbackUrl=${callback}`);
      }
      await expect(page).toHaveURL(/\/new$/);
      expect(new URL(page.url()).origin, callback).toBe(origin);
    }
  });
}

test("a REST sign-in with a hostile callbackUrl is sent back to the app", async ({
  page,
  playwright,
  baseURL,
}) => {
  if (!baseURL) throw new Error("no baseURL");
  const person = await registered(page, "Rest");
  const client = await restClient(playwright, baseURL, randomAddress());
  try {
    for (const callback of HOSTILE_CALLBACKS) {
      const outcome = await client.signIn(person.email, person.password, decodeURIComponent(callback));
      expect(outcome.signedIn, callback).toBe(true);
      expectOnApp(outcome.location, baseURL, callback);
    }
  } finally {
    await client.context.dispose();
  }
});

test(`sign-up allows ${SIGN_UPS_PER_ADDRESS.limit} attempts an hour from one address`, async ({ page }) => {
  await fromAddress(page, randomAddress());
  for (let i = 0; i < SIGN_UPS_PER_ADDRESS.limit; i++) {
    await page.context().clearCookies();
    await page.goto("/register");
    const person = newPerson(`Many${i}`);
    await page.getByLabel("Name").fill(person.name);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/new$/);
  }
  await page.context().clearCookies();
  await page.goto("/register");
  const extra = newPerson("Extra");
  await page.getByLabel("Name").fill(extra.name);
  await page.getByLabel("Email").fill(extra.email);
  await page.getByLabel("Password").fill(extra.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expectAlert(page, "Too many sign-up attempts from this address. Try again in an hour.");
  await expect(page).toHaveURL(/\/register$/);
});

async function logSince(offset: number): Promise<string[]> {
  return fs.readFileSync(SERVER_LOG).subarray(offset).toString("utf8").split("\n").filter(Boolean);
}

test("failed and throttled sign-ins write one JSON line each to the server log, never a stack", async ({
  page,
  playwright,
  baseURL,
}) => {
  if (!baseURL) throw new Error("no baseURL");
  const person = await registered(page, "Quiet");
  const address = randomAddress();
  const client = await restClient(playwright, baseURL, address);
  const offset = fs.statSync(SERVER_LOG).size;
  try {
    for (let i = 0; i <= SIGN_IN_PER_EMAIL_AND_ADDRESS.limit; i++)
      await client.signIn(person.email, `wrong-${i}`);
    await fromAddress(page, address);
    await page.goto("/login");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill("still-wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectAlert(page, "Too many failed sign-in attempts. Wait a minute and try again.");
  } finally {
    await client.context.dispose();
  }
  await expect
    .poll(async () => (await logSince(offset)).filter((line) => line.includes('"login_throttled"')).length)
    .toBeGreaterThanOrEqual(2);
  const lines = await logSince(offset);
  expect(lines.filter((line) => line.includes('"login_failed"')).length).toBe(
    SIGN_IN_PER_EMAIL_AND_ADDRESS.limit,
  );
  for (const line of lines) {
    expect(() => JSON.parse(line), line).not.toThrow();
    expect(line).not.toContain('"stack"');
    expect(line).not.toContain("[auth]");
    expect(line).not.toContain(person.password);
  }
});
