import { expect, test } from "@playwright/test";
import {
  createProject,
  expectAlert,
  fromAddress,
  newPerson,
  newSession,
  newSlug,
  randomAddress,
  register,
  registerWithProject,
  signIn,
  signOut,
} from "./support/flows";

test("a newcomer registers, creates a project, walks the settings, signs out and back in", async ({
  page,
}) => {
  const ada = newPerson("Ada");
  const slug = newSlug("acme");
  await register(page, ada);
  await expect(page).toHaveURL(/\/new$/);
  await page.getByLabel("Project name").fill("Acme Inc");
  await expect(page.getByLabel("Slug")).toHaveValue("acme-inc");
  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));
  await expect(page.getByRole("heading", { name: "Acme Inc" })).toBeVisible();

  await page.getByRole("link", { name: "Settings" }).click();
  const settings = page.getByRole("navigation", { name: "Settings" });
  for (const [label, path] of [
    ["API Keys", "/settings/api-keys"],
    ["People", "/settings/people"],
    ["Audit log", "/settings/audit-log"],
    ["General", "/settings"],
  ] as const) {
    await settings.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}${path}$`));
    await expect(settings.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }

  await signOut(page);
  await page.goto(`/${slug}/settings`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(ada.email.toUpperCase());
  await page.getByLabel("Password").fill(ada.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings$`));
});

test("a wrong password gets one generic message, and so does an unknown email", async ({ page }) => {
  await fromAddress(page, randomAddress());
  const bob = newPerson("Bob");
  await register(page, bob);
  await expect(page).toHaveURL(/\/new$/);
  await page.context().clearCookies();

  await signIn(page, { email: bob.email, password: "not-the-password" });
  await expectAlert(page, "Invalid email or password.");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, { email: `nobody-${bob.email}`, password: bob.password });
  await expectAlert(page, "Invalid email or password.");
});

test("a form sent before the page has hydrated (or without JavaScript) never puts the password in the URL", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    for (const path of ["/login", "/register"]) {
      await page.goto(path);
      await page.getByLabel("Email").fill("early@example.com");
      await page.getByLabel("Password").fill("early-password-1234");
      const sent = page.waitForResponse((response) => new URL(response.url()).pathname === path);
      // Enter submits the form natively: no handler is attached yet.
      await page.getByLabel("Password").press("Enter");
      const response = await sent;
      expect(response.request().method()).toBe("POST");
      expect(response.status()).toBeLessThan(500);
      expect(response.url()).not.toContain("early-password-1234");
      expect(page.url()).not.toContain("early-password-1234");
    }
  } finally {
    await context.close();
  }
});

test("more than 10 failed attempts a minute for one email are refused, even with the right password", async ({
  page,
}) => {
  await fromAddress(page, randomAddress());
  const carol = newPerson("Carol");
  await register(page, carol);
  await expect(page).toHaveURL(/\/new$/);
  await page.context().clearCookies();
  await page.goto("/login");
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.getByLabel("Email").fill(carol.email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectAlert(page, "Invalid email or password.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(carol.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectAlert(page, "Too many failed sign-in attempts. Wait a minute and try again.");
  await expect(page).toHaveURL(/\/login/);
});

test("a taken slug gets a clear error and nothing is created", async ({ page }) => {
  const dan = newPerson("Dan");
  const slug = newSlug("dup");
  await registerWithProject(page, dan, { name: "First", slug });
  await page.goto("/new");
  await page.getByLabel("Project name").fill("Second");
  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("That slug is already taken. Try another.")).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);
  await createProject(page, { name: "Second", slug: newSlug("second") });
});

test("another user's project is a 404, and a forged server action on it is refused", async ({
  page,
  browser,
}) => {
  const owner = newPerson("Owner");
  const ownerSlug = newSlug("owned");
  await registerWithProject(page, owner, { name: "Owned Project", slug: ownerSlug });

  const intruderPage = await newSession(browser);
  try {
    const intruder = newPerson("Intruder");
    const intruderSlug = newSlug("mine");
    await registerWithProject(intruderPage, intruder, { name: "Mine", slug: intruderSlug });

    for (const path of ["", "/settings", "/settings/api-keys", "/settings/people"]) {
      const response = await intruderPage.goto(`/${ownerSlug}${path}`);
      expect(response?.status(), `/${ownerSlug}${path}`).toBe(404);
      await expect(intruderPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }

    // The intruder renames *their own* project, but the request is rewritten to name the owner's project.
    await intruderPage.goto(`/${intruderSlug}/settings`);
    await intruderPage.route("**/*", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        const forged = (request.postData() ?? "").replaceAll(
          `"projectSlug":"${intruderSlug}"`,
          `"projectSlug":"${ownerSlug}"`,
        );
        expect(forged).toContain(ownerSlug);
        return route.continue({ postData: forged });
      }
      return route.continue();
    });
    await intruderPage.getByLabel("Project name").fill("Taken over");
    await intruderPage.getByRole("button", { name: "Save changes" }).click();
    await expectAlert(intruderPage, "Project not found.");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Owned Project" })).toBeVisible();
  } finally {
    await intruderPage.context().close();
  }
});

test("pages and API responses carry the security headers; no page can be framed (SPEC §10)", async ({
  request,
}) => {
  for (const path of ["/login", "/register"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  for (const path of ["/api/health", "/api/links"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
  }
});
