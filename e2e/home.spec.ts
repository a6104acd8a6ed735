import { expect, type Page, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { newPerson, newSlug, register, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

const STEPS = ["Create an API key", "Make a first request", "Invite a teammate"] as const;

function step(page: Page, title: (typeof STEPS)[number]) {
  return page.getByRole("list", { name: "Getting started" }).getByRole("listitem").filter({ hasText: title });
}

function tile(page: Page, name: "Active keys" | "Expiring soon" | "Members" | "Requests (24 h)") {
  return page.getByRole("region", { name, exact: true });
}

/** The tile's figure (its first paragraph; the second says what it counts). */
function figure(page: Page, name: Parameters<typeof tile>[1]) {
  return tile(page, name).getByRole("paragraph").first();
}

/** Opens the checklist when it has folded itself away (all done). */
async function openChecklist(page: Page) {
  const list = page.getByRole("list", { name: "Getting started" });
  if (!(await list.isVisible())) await page.getByText("Getting started", { exact: true }).click();
  await expect(list).toBeVisible();
}

async function invite(page: Page, slug: string, email: string): Promise<string> {
  await page.goto(`/${slug}/settings/people`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Invite" }).click();
  return page.getByLabel("Invite link").inputValue();
}

test("the checklist ticks as the owner creates a key, makes a request with it and invites a teammate", async ({
  page,
}) => {
  const slug = newSlug("home");
  await registerWithProject(page, newPerson("Owner"), { name: "Home Project", slug });
  for (const title of STEPS) await expect(step(page, title)).toContainText(`To do: ${title}`);
  await expect(page.getByText("0 of 3 done")).toBeVisible();
  await expect(figure(page, "Active keys")).toHaveText("0");
  await expect(figure(page, "Expiring soon")).toHaveText("0");
  await expect(figure(page, "Members")).toHaveText("1");
  await expect(figure(page, "Requests (24 h)")).toHaveText("0");
  await expect(page.getByRole("heading", { name: "Recent activity" })).toBeVisible();
  await expect(page.getByText("Nothing recorded yet.")).toBeVisible();

  await page.getByRole("link", { name: "Create API key" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/api-keys$`));
  const secret = await new ApiKeysPage(page).create({ name: "Home key" });
  await page.goto(`/${slug}`);
  await expect(step(page, "Create an API key")).toContainText("Done: Create an API key");
  await expect(step(page, "Make a first request")).toContainText("To do: Make a first request");
  await expect(figure(page, "Active keys")).toHaveText("1");
  await expect(page.getByRole("list", { name: "Recent activity" })).toContainText("API key created");

  const response = await page.request.get("/api/links", { headers: { authorization: `Bearer ${secret}` } });
  expect(response.status()).toBe(200);
  const missing = await page.request.get("/api/links/link_missing", {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(missing.status()).toBe(404);
  // The request log is written in batches: reload until the home reads it.
  await expect(async () => {
    await page.reload();
    await expect(step(page, "Make a first request")).toContainText("Done: Make a first request", {
      timeout: 1_000,
    });
    await expect(figure(page, "Requests (24 h)")).toHaveText("2", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(tile(page, "Requests (24 h)")).toContainText("50% errors");
  await expect(tile(page, "Requests (24 h)").getByRole("img", { name: /Requests per hour/ })).toBeVisible();

  await invite(page, slug, newPerson("Teammate").email);
  await page.goto(`/${slug}`);
  await expect(page.getByText("All done. Your project is set up.")).toBeVisible();
  await openChecklist(page);
  for (const title of STEPS) await expect(step(page, title)).toContainText(`Done: ${title}`);
  await expect(tile(page, "Members")).toContainText("1 pending invitation");
  await expect(page.getByRole("list", { name: "Recent activity" })).toContainText("Member invited");
});

test("a member is offered only what a member may do, and no recent activity", async ({ page, browser }) => {
  const slug = newSlug("home-team");
  await registerWithProject(page, newPerson("Owner"), { name: "Team Home", slug });
  const member = newPerson("Member");
  const link = await invite(page, slug, member.email);

  const memberContext = await browser.newContext();
  try {
    const memberPage = await memberContext.newPage();
    await register(memberPage, member, `/register?callbackUrl=${encodeURIComponent(new URL(link).pathname)}`);
    await memberPage.getByRole("button", { name: "Join project" }).click();
    await expect(memberPage).toHaveURL(new RegExp(`/${slug}$`));
    await expect(figure(memberPage, "Members")).toHaveText("2");
    await expect(memberPage.getByText("You are member")).toBeVisible();
    // By default members may create keys of their own, but never invite.
    await expect(memberPage.getByRole("link", { name: "Create API key" })).toBeVisible();
    await expect(memberPage.getByRole("link", { name: "Invite people" })).toHaveCount(0);
    await expect(memberPage.getByRole("heading", { name: "Recent activity" })).toHaveCount(0);

    await page.goto(`/${slug}/settings/api-keys`);
    await page.getByRole("checkbox", { name: "Members may create keys" }).uncheck();
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByText("Key policy saved")).toBeVisible();
    await new ApiKeysPage(page).create({ name: "Owner key" });

    await memberPage.reload();
    await expect(figure(memberPage, "Active keys")).toHaveText("1");
    await expect(memberPage.getByRole("link", { name: "Create API key" })).toHaveCount(0);
    await expect(memberPage.getByRole("link", { name: "Invite people" })).toHaveCount(0);
    await expect(memberPage.getByRole("heading", { name: "Recent activity" })).toHaveCount(0);
    await expect(step(memberPage, "Create an API key")).toContainText("Done: Create an API key");
  } finally {
    await memberContext.close();
  }
});
