import { expect, test } from "@playwright/test";
import { newPerson, newSession, newSlug, registerWithProject } from "./support/flows";
import { publishTxtRecord } from "./support/test-dns";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an owner adds a domain, creates its TXT record, verifies it and makes it primary", async ({ page }) => {
  const slug = newSlug("dom");
  await registerWithProject(page, newPerson("Owner"), { name: "Acme", slug });
  await page.goto(`/${slug}/settings`);
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Domains" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/settings/domains$`));

  const hostname = `go-${Date.now()}.example.test`;
  await page.getByRole("textbox", { name: "Domain", exact: true }).fill(hostname.toUpperCase());
  await page.getByRole("button", { name: "Add domain" }).click();
  const domain = page.getByRole("listitem", { name: hostname });
  await expect(domain.getByText("Pending verification")).toBeVisible();

  const recordName = `_codeqr-verification.${hostname}`;
  await expect(domain.getByText(recordName, { exact: true })).toBeVisible();
  const value = (await domain.getByText(/^codeqr-verification=/).textContent()) ?? "";
  expect(value).toMatch(/^codeqr-verification=[0-9a-f]{32}$/);
  await domain.getByRole("button", { name: "Copy" }).last().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);

  await domain.getByRole("button", { name: "Verify" }).click();
  await expect(domain.getByRole("status")).toContainText(`No TXT record found at ${recordName}`);
  await expect(domain.getByText("Pending verification")).toBeVisible();
  await expect(domain.getByRole("button", { name: "Make primary" })).toHaveCount(0);

  publishTxtRecord({ name: recordName, value });
  await domain.getByRole("button", { name: "Verify" }).click();
  await expect(domain.getByRole("status")).toContainText("is verified and serves short links");
  await expect(domain.getByText("Verified", { exact: true })).toBeVisible();

  await domain.getByRole("button", { name: "Make primary" }).click();
  await expect(domain.getByText("Primary", { exact: true })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("listitem", { name: hostname }).getByText("Primary", { exact: true }),
  ).toBeVisible();

  await page.getByRole("listitem", { name: hostname }).getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ${hostname}?` });
  await confirm.getByRole("button", { name: "Delete domain" }).click();
  await expect(page.getByRole("listitem", { name: hostname })).toHaveCount(0);
  await expect(page.getByText("No domains yet.")).toBeVisible();
});

test("a hostname another project verified cannot be added", async ({ page, browser }) => {
  const first = newSlug("own");
  await registerWithProject(page, newPerson("Owner"), { name: "Owner", slug: first });
  await page.goto(`/${first}/settings/domains`);
  const hostname = `taken-${Date.now()}.example.test`;
  await page.getByRole("textbox", { name: "Domain", exact: true }).fill(hostname);
  await page.getByRole("button", { name: "Add domain" }).click();
  const domain = page.getByRole("listitem", { name: hostname });
  const value = (await domain.getByText(/^codeqr-verification=/).textContent()) ?? "";
  publishTxtRecord({ name: `_codeqr-verification.${hostname}`, value });
  await domain.getByRole("button", { name: "Verify" }).click();
  await expect(domain.getByText("Verified", { exact: true })).toBeVisible();

  const other = await newSession(browser);
  try {
    const second = newSlug("late");
    await registerWithProject(other, newPerson("Late"), { name: "Late", slug: second });
    await other.goto(`/${second}/settings/domains`);
    await other.getByRole("textbox", { name: "Domain", exact: true }).fill(hostname);
    await other.getByRole("button", { name: "Add domain" }).click();
    await expect(
      other.getByText("This domain is verified by another project.", { exact: false }),
    ).toBeVisible();
    await expect(other.getByRole("listitem", { name: hostname })).toHaveCount(0);
  } finally {
    await other.context().close();
  }
});
