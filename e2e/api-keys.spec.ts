import { type APIRequestContext, expect, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

function userinfo(request: APIRequestContext, secret: string) {
  return request.get("/api/oauth/userinfo", { headers: { Authorization: `Bearer ${secret}` } });
}

checkServerLogForSecrets();

test("an owner creates a Restricted key and a Machine key, each shown once; revoking the machine key stops it at once", async ({
  page,
  request,
}) => {
  const slug = newSlug("keys");
  await registerWithProject(page, newPerson("Owner"), { name: "Keys Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  await expect(page.getByText("No API keys yet")).toBeVisible();

  const restricted = await keys.create({
    name: "Links reader",
    permissions: "Restricted",
    levels: { Links: "Read" },
  });
  const machine = await keys.create({ name: "Deploy bot", owner: "Machine", permissions: "All permissions" });

  await expect(keys.row("Links reader")).toContainText("Restricted");
  await expect(keys.row("Links reader")).toContainText(`codeqr_…${restricted.slice(-4)}`);
  await expect(keys.row("Deploy bot")).toContainText("All permissions");
  await expect(keys.row("Deploy bot").getByText("Machine", { exact: true })).toBeVisible();

  await page.reload();
  await expect(keys.row("Deploy bot")).toContainText(`codeqr_…${machine.slice(-4)}`);
  const html = await page.content();
  expect(html).not.toContain(restricted);
  expect(html).not.toContain(machine);

  await page.goto(`/${slug}/settings/people`);
  await expect(page.getByText("1 user", { exact: false })).toBeVisible();
  const machineRow = page.getByRole("row").filter({ hasText: "Deploy bot" });
  await expect(machineRow.getByText("Machine", { exact: true })).toBeVisible();

  const restrictedInfo = await userinfo(request, restricted);
  expect(restrictedInfo.status()).toBe(200);
  expect(await restrictedInfo.json()).toMatchObject({
    project: { slug, name: "Keys Project" },
    key: { name: "Links reader", permissions: ["links.read"] },
  });
  const machineInfo = await userinfo(request, machine);
  expect(machineInfo.status()).toBe(200);
  expect((await machineInfo.json()).key.permissions).toContain("domains.write");

  await keys.goto(slug);
  await keys.revoke("Deploy bot", /machine user/i);
  const afterRevoke = await userinfo(request, machine);
  expect(afterRevoke.status()).toBe(401);
  expect(afterRevoke.headers()["www-authenticate"]).toContain("Bearer");
  expect(await afterRevoke.json()).toMatchObject({ error: { code: "unauthorized" } });

  await page.goto(`/${slug}/settings/people`);
  await expect(page.getByRole("row").filter({ hasText: "Deploy bot" })).toHaveCount(0);
  expect((await userinfo(request, restricted)).status()).toBe(200);
});

test("rolling with a grace period keeps both secrets working; rolling 'Now' stops the old one at once", async ({
  page,
  request,
}) => {
  const slug = newSlug("roll");
  await registerWithProject(page, newPerson("Roller"), { name: "Roll Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const original = await keys.create({ name: "Rolled key" });

  const second = await keys.roll("Rolled key", "1 hour");
  expect(second).not.toBe(original);
  expect((await userinfo(request, original)).status()).toBe(200);
  expect((await userinfo(request, second)).status()).toBe(200);
  await expect(keys.row("Rolled key")).toContainText(`codeqr_…${second.slice(-4)}`);

  const third = await keys.roll("Rolled key", "Now");
  expect((await userinfo(request, second)).status()).toBe(401);
  expect((await userinfo(request, original)).status()).toBe(401);
  const info = await userinfo(request, third);
  expect(info.status()).toBe(200);
  expect((await info.json()).key.name).toBe("Rolled key");
});
