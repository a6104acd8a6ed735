import path from "node:path";
import { expect, test } from "@playwright/test";
import { AccountPage, expectSignedIn, sessionCookies, sessionOf } from "./support/account-page";
import {
  expectAlert,
  newPerson,
  newSession,
  newSlug,
  register,
  registerWithProject,
  signIn,
  signOut,
} from "./support/flows";
import { startServer } from "./support/server";

test("a cookie copied before signing out is refused afterwards", async ({ page, browser }) => {
  const ada = newPerson("Ada");
  await register(page, ada);
  await expect(page).toHaveURL(/\/new$/);
  const copied = await sessionCookies(page.context());
  expect(await sessionOf(page.context())).toMatchObject({ user: { email: ada.email } });

  await page.goto("/account");
  await signOut(page);

  const replay = await browser.newContext();
  try {
    await replay.addCookies(copied);
    await expectSignedIn(await replay.newPage(), false);
    // Refusing a cookie also clears it: put it back to ask the session endpoint too.
    await replay.addCookies(copied);
    expect(await sessionOf(replay)).toBeNull();
  } finally {
    await replay.close();
  }
});

test("changing the password ends the other browser's session and keeps this one", async ({
  page,
  browser,
}) => {
  const ada = newPerson("Ada");
  const slug = newSlug("acct");
  await registerWithProject(page, ada, { name: "Account test", slug });
  const laptop = await newSession(browser);
  try {
    await signIn(laptop, ada);
    await expect(laptop).toHaveURL(new RegExp(`/${slug}$`));

    const account = new AccountPage(page);
    await account.open();
    await expect(page.getByRole("row").filter({ hasText: "This device" })).toHaveCount(1);
    await expect(page.getByRole("button", { name: /^Sign out .*, last seen/ })).toHaveCount(1);

    await account.changeName("Ada Lovelace");
    await expect(page.getByRole("button", { name: "Account menu" })).toHaveText("Ada Lovelace");

    await account.changePassword("not-my-password", "a-new-password-1");
    await expect(page.getByText("The current password is not correct.")).toBeVisible();

    await account.changePassword(ada.password, "a-new-password-1");
    await expect(page.getByText("Password changed. 1 other session was signed out.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Sign out .*, last seen/ })).toHaveCount(0);

    await expectSignedIn(page, true);
    await expectSignedIn(laptop, false);

    await signIn(laptop, ada);
    await expectAlert(laptop, "Invalid email or password.");
    await signIn(laptop, { email: ada.email, password: "a-new-password-1" });
    await expect(laptop).toHaveURL(new RegExp(`/${slug}$`));
  } finally {
    await laptop.context().close();
  }
});

test("Sign out everywhere ends every session, this one included", async ({ page, browser }) => {
  const ada = newPerson("Ada");
  await register(page, ada);
  await expect(page).toHaveURL(/\/new$/);
  const laptop = await newSession(browser);
  try {
    await signIn(laptop, ada);
    await expect(laptop).toHaveURL(/\/new$/);
    const copied = await sessionCookies(page.context());

    await page.goto("/account");
    await new AccountPage(page).signOutEverywhere();

    await expectSignedIn(page, false);
    await expectSignedIn(laptop, false);
    await page.context().addCookies(copied);
    expect(await sessionOf(page.context())).toBeNull();
  } finally {
    await laptop.context().close();
  }
});

test("a session signed out on one instance is refused by another", async ({ page, browser }) => {
  test.skip(
    !process.env.DATABASE_URL?.startsWith("postgres"),
    "needs DATABASE_URL=postgres://… (PGlite is single-process)",
  );
  const second = await startServer({
    port: Number(process.env.E2E_PORT) + 4,
    logFile: path.resolve("test-results/server-4.log"),
    env: JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>,
  });
  const elsewhere = await browser.newContext();
  try {
    const ada = newPerson("Ada");
    await register(page, ada);
    await expect(page).toHaveURL(/\/new$/);
    const copied = await sessionCookies(page.context());
    // Cookies ignore the port: the copied cookie is sent to the second instance too.
    await elsewhere.addCookies(copied);
    expect(await sessionOf(elsewhere, second.baseUrl)).toMatchObject({ user: { email: ada.email } });

    await page.goto("/account");
    await signOut(page);
    expect(await sessionOf(elsewhere, second.baseUrl)).toBeNull();
  } finally {
    await elsewhere.close();
    await second.stop();
  }
});
