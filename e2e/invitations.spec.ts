import { expect, type Page, test } from "@playwright/test";
import { newPerson, newSlug, register, registerWithProject } from "./support/flows";

async function invite(page: Page, slug: string, email: string): Promise<string> {
  await page.goto(`/${slug}/settings/people`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Invite" }).click();
  return page.getByLabel("Invite link").inputValue();
}

test("a signed-out invitee sees who invited them on sign-in and sign-up, then declines on the join page", async ({
  page,
  browser,
}) => {
  const slug = newSlug("invite");
  await registerWithProject(
    page,
    { ...newPerson("Ada"), name: "Ada Lovelace" },
    { name: "Analytical Engine", slug },
  );
  const invitee = newPerson("Eve");
  const link = await invite(page, slug, invitee.email);

  const inviteeContext = await browser.newContext();
  try {
    const inviteePage = await inviteeContext.newPage();
    await inviteePage.goto(link);
    await expect(inviteePage).toHaveURL(/\/login\?callbackUrl=%2Finvite%2F/);
    const notice = inviteePage.getByRole("region", { name: "Invitation" });
    await expect(notice).toContainText("Ada Lovelace invited you to join Analytical Engine.");
    await expect(notice).toContainText(`Sign in with ${invitee.email} to accept.`);
    // The token is in this page's URL: it must not travel on as a Referer.
    await expect(inviteePage.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");

    await inviteePage.getByRole("link", { name: "Create one" }).click();
    await expect(inviteePage).toHaveURL(/\/register\?callbackUrl=%2Finvite%2F/);
    await expect(notice).toContainText("Ada Lovelace invited you to join Analytical Engine.");
    await expect(notice).toContainText(`Create an account with ${invitee.email} to accept.`);

    await register(inviteePage, invitee, inviteePage.url());
    await expect(inviteePage).toHaveURL(/\/invite\//);
    await expect(inviteePage.getByRole("heading", { name: "You are invited" })).toBeVisible();
    await expect(
      inviteePage.getByText("Ada Lovelace invited you to join Analytical Engine as member."),
    ).toBeVisible();
    await expect(inviteePage.getByRole("button", { name: "Join project" })).toBeVisible();
    await inviteePage.getByRole("button", { name: "Decline" }).click();
    await expect(inviteePage.getByRole("heading", { name: "Invitation declined" })).toBeVisible();

    await inviteePage.reload();
    await expect(inviteePage.getByRole("heading", { name: "This invitation is not valid" })).toBeVisible();
    await inviteePage.goto(`/${slug}`);
    await expect(inviteePage.getByText("Analytical Engine")).toHaveCount(0);
  } finally {
    await inviteeContext.close();
  }

  await page.goto(`/${slug}/settings/audit-log`);
  const entry = page.getByRole("row").filter({ hasText: "Invitation declined" });
  await expect(entry).toContainText("Eve");
  await expect(entry).toContainText(invitee.email);
  await page.goto(`/${slug}/settings/people`);
  await expect(page.getByText(invitee.email)).toHaveCount(0);
});

test("sign-in shows no invitation for a bad token or another path, and someone else cannot decline", async ({
  page,
  browser,
}) => {
  const slug = newSlug("invite-other");
  await registerWithProject(page, newPerson("Owner"), { name: "Private Project", slug });
  const invitee = newPerson("Invitee");
  const link = await invite(page, slug, invitee.email);
  const path = new URL(link).pathname;

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    for (const callback of [`${path.slice(0, -1)}x`, "/invite/short", `/${slug}`]) {
      await other.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`);
      await expect(other.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expect(other.getByRole("region", { name: "Invitation" })).toHaveCount(0);
      await expect(other.getByText("Private Project")).toHaveCount(0);
    }

    await register(other, newPerson("Mallory"), `/register?callbackUrl=${encodeURIComponent(path)}`);
    await expect(other.getByRole("heading", { name: "This invitation is for another email" })).toBeVisible();
    await expect(other.getByRole("button", { name: "Decline" })).toHaveCount(0);
    await expect(other.getByRole("button", { name: "Join project" })).toHaveCount(0);
  } finally {
    await otherContext.close();
  }
  await page.goto(`/${slug}/settings/people`);
  await expect(page.getByRole("table", { name: "Pending invitations" })).toContainText(invitee.email);
});
