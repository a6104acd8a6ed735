import { expect, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { expectAlert, newPerson, newSlug, register, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
checkServerLogForSecrets();

test("an invited member joins by link, cannot create machine keys, and cannot touch the owner's key", async ({
  page,
  browser,
}) => {
  const slug = newSlug("team");
  await registerWithProject(page, newPerson("Owner"), { name: "Team Project", slug });
  const ownerKeys = new ApiKeysPage(page);
  await ownerKeys.goto(slug);
  await ownerKeys.create({ name: "Owner key" });

  const member = newPerson("Member");
  await page.goto(`/${slug}/settings/people`);
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Invite" }).click();
  const inviteLink = await page.getByLabel("Invite link").inputValue();
  expect(inviteLink).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);

  const memberContext = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    const memberPage = await memberContext.newPage();
    await memberPage.goto(inviteLink);
    await expect(memberPage).toHaveURL(/\/login\?callbackUrl=/);
    await memberPage.getByRole("link", { name: "Create one" }).click();
    await expect(memberPage).toHaveURL(/\/register\?callbackUrl=%2Finvite%2F/);
    await register(memberPage, member, memberPage.url());
    await expect(memberPage).toHaveURL(/\/invite\//);
    await expect(memberPage.getByText("Team Project")).toBeVisible();
    await memberPage.getByRole("button", { name: "Join project" }).click();
    await expect(memberPage).toHaveURL(new RegExp(`/${slug}$`));

    const memberKeys = new ApiKeysPage(memberPage);
    await memberKeys.goto(slug);
    await memberPage.getByRole("button", { name: "Create", exact: true }).first().click();
    const dialog = memberPage.getByRole("dialog", { name: "Create API key" });
    await expect(dialog.getByRole("radio", { name: "Machine", exact: true })).toBeDisabled();
    await expect(dialog.getByText("Only owners can create machine users")).toBeVisible();
    await expect(dialog.getByRole("radio", { name: "All permissions", exact: true })).toBeDisabled();
    await memberPage.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await memberKeys.create({ name: "Member key", permissions: "Read only" });

    // The owner's key is listed but offers the member no actions.
    await expect(memberKeys.row("Owner key")).toBeVisible();
    await expect(memberPage.getByRole("button", { name: "Actions for Owner key" })).toHaveCount(0);

    // A forged call: the member revokes their own key, but the request names the owner's key.
    const ownerKeyId = await memberKeys.row("Owner key").getAttribute("data-key-id");
    const memberKeyId = await memberKeys.row("Member key").getAttribute("data-key-id");
    expect(ownerKeyId).toMatch(/^key_/);
    await memberPage.route("**/*", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"] && memberKeyId && ownerKeyId) {
        return route.continue({ postData: (request.postData() ?? "").replaceAll(memberKeyId, ownerKeyId) });
      }
      return route.continue();
    });
    await memberKeys.openActions("Member key", "Revoke");
    await memberPage
      .getByRole("alertdialog", { name: "Revoke API key" })
      .getByRole("button", { name: "Revoke key" })
      .click();
    await expectAlert(memberPage, "You can only manage your own API keys.");
    await memberPage.unroute("**/*");

    await ownerKeys.goto(slug);
    await expect(ownerKeys.row("Owner key")).toBeVisible();
    await page.goto(`/${slug}/settings/people`);
    await expect(page.getByText("2 users", { exact: false })).toBeVisible();
  } finally {
    await memberContext.close();
  }
});
