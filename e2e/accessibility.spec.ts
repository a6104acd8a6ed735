import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { checkServerLogForSecrets } from "./support/api-keys-page";
import { seedAwkwardProjectOnce, VIEWPORTS, visit } from "./support/dashboard-tour";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
test.describe.configure({ timeout: 240_000 });

checkServerLogForSecrets();

const SCHEMES = ["light", "dark"] as const;

const { tour, ownerState } = seedAwkwardProjectOnce();

/** Serious and critical WCAG 2.1 A/AA violations on what the page shows now, one line each. */
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${where}: ${v.id} (${v.impact}) × ${v.nodes.length}: ${v.nodes[0]?.target.join(" ")}`);
}

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    test(`axe finds no serious violation at ${viewport.width} px in ${colorScheme} mode`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme,
        storageState: ownerState(),
      });
      const page = await context.newPage();
      const found: string[] = [];
      for (const { name, path } of tour().pages) {
        await visit(page, path);
        // The theme follows the system: the page really is in the scheme under test.
        await expect(page.locator("html")).toHaveClass(
          colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/,
        );
        found.push(...(await violations(page, name)));
      }

      // An open dialog and an open menu, on the keys page.
      await visit(page, `/${tour().slug}/settings/api-keys`);
      await page.getByRole("button", { name: "Create", exact: true }).first().click();
      await expect(page.getByRole("dialog", { name: "Create API key" })).toBeVisible();
      found.push(...(await violations(page, "create dialog")));
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog", { name: "Create API key" })).toBeHidden();
      await page
        .getByRole("button", { name: /^Actions for / })
        .first()
        .click();
      await expect(page.getByRole("menu")).toBeVisible();
      found.push(...(await violations(page, "row menu")));
      await page.keyboard.press("Escape");
      await expect(page.getByRole("menu")).toBeHidden();
      await page.getByRole("button", { name: /^Account menu/ }).click();
      await expect(page.getByRole("menu")).toBeVisible();
      found.push(...(await violations(page, "account menu")));

      expect(found).toEqual([]);
      await context.close();
    });
  }
}
