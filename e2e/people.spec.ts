import { type Browser, expect, type Page, test } from "@playwright/test";
import { newPerson, newSlug, type Person, register, registerWithProject } from "./support/flows";

/** The owner invites `person` as a member; they register through the link and join. */
async function inviteAndJoin(page: Page, browser: Browser, slug: string, person: Person) {
  await page.goto(`/${slug}/settings/people`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const inviteLink = await page.getByLabel("Invite link").inputValue();
  const context = await browser.newContext();
  try {
    const invitee = await context.newPage();
    await register(
      invitee,
      person,
      `/register?callbackUrl=${encodeURIComponent(new URL(inviteLink).pathname)}`,
    );
    await expect(invitee).toHaveURL(/\/invite\//);
    await invitee.getByRole("button", { name: "Join project" }).click();
    await expect(invitee).toHaveURL(new RegExp(`/${slug}$`));
  } finally {
    await context.close();
  }
  await page.reload();
}

test("making someone an owner asks first; Cancel keeps their role", async ({ page, browser }) => {
  const slug = newSlug("promote");
  await registerWithProject(page, newPerson("Owner"), { name: "Promote Project", slug });
  const member = newPerson("Grace");
  await inviteAndJoin(page, browser, slug, member);

  const role = page.getByRole("combobox", { name: "Role for Grace" });
  await expect(role).toHaveText("Member");
  const confirm = page.getByRole("alertdialog", { name: "Make Grace an owner?" });

  await role.click();
  await page.getByRole("option", { name: "Owner" }).click();
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(role).toHaveText("Member");
  await page.reload();
  await expect(role).toHaveText("Member");

  await role.click();
  await page.getByRole("option", { name: "Owner" }).click();
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("Grace is now owner.")).toBeVisible();
  await page.reload();
  await expect(role).toHaveText("Owner");

  // Demotion is not asked about: it is the lesser change, and the last owner is protected anyway.
  await role.click();
  await page.getByRole("option", { name: "Member" }).click();
  await expect(page.getByText("Grace is now member.")).toBeVisible();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
});

test("at 390 px People fits: long names truncate with the full name on focus, actions stay in view", async ({
  page,
  browser,
}) => {
  const slug = newSlug("phone");
  await registerWithProject(page, newPerson("Owner"), { name: "Phone Project", slug });
  const longName = "Maximiliana Wilhelmina Theodora Vanderbilt-Oppenheimer";
  const member = { ...newPerson("Long"), name: longName };
  await inviteAndJoin(page, browser, slug, member);
  const pendingEmail = `a-very-long-mailbox-name-for-a-phone-${Date.now()}@subdomain.example.com`;
  await page.getByLabel("Email").fill(pendingEmail);
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByLabel("Invite link")).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const members = page.getByRole("table", { name: "Members" });
  const invitations = page.getByRole("table", { name: "Pending invitations" });
  await expect(members.getByRole("row")).toHaveCount(3);
  await expect(invitations.getByRole("row")).toHaveCount(2);

  // The People content itself (the header is checked by the page-wide overflow test): nothing past the
  // viewport's right edge, no table scrolling sideways.
  const overflow = await page.locator("main section").evaluate((section) => ({
    past: [...section.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 100)),
    scrolling: [...section.querySelectorAll("[data-slot=table-container]")].filter(
      (element) => element.scrollWidth > element.clientWidth,
    ).length,
  }));
  expect(overflow).toEqual({ past: [], scrolling: 0 });
  const actions = [
    page.getByRole("button", { name: `Remove ${longName}` }),
    page.getByRole("combobox", { name: `Role for ${longName}` }),
    page.getByRole("button", { name: `Copy new link for ${pendingEmail}` }),
    page.getByRole("button", { name: `Revoke invitation for ${pendingEmail}` }),
    page.getByRole("button", { name: "Leave Phone Project" }),
  ];
  for (const action of actions) {
    await expect(action).toBeVisible();
    const box = await action.boundingBox();
    expect(box, "in the layout").not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, "inside the viewport").toBe(true);
  }
  // On a phone the row actions are icons; their names still say what they do to whom.
  const remove = page.getByRole("button", { name: `Remove ${longName}` });
  await expect(remove.getByText("Remove", { exact: true })).toBeHidden();
  await expect(remove.locator("svg")).toBeVisible();

  const name = members.getByText(longName, { exact: true });
  expect(await name.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await name.focus();
  await expect(page.getByRole("tooltip")).toHaveText(longName);
});
