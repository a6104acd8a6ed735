import { expect, test } from "@playwright/test";
import { checkServerLogForSecrets } from "./support/api-keys-page";
import { measureOverflow, seedAwkwardProjectOnce, VIEWPORTS, visit } from "./support/dashboard-tour";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
test.describe.configure({ timeout: 180_000 });

checkServerLogForSecrets();

const { tour, ownerState } = seedAwkwardProjectOnce();

for (const viewport of VIEWPORTS) {
  test(`no dashboard page overflows at ${viewport.width} × ${viewport.height}, with long names and a rolled key`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      storageState: ownerState(),
    });
    const page = await context.newPage();
    const problems: Record<string, unknown> = {};
    for (const { name, path } of tour().pages) {
      await visit(page, path);
      const overflow = await measureOverflow(page);
      if (
        overflow.pageWidth > overflow.viewportWidth ||
        overflow.outside.length ||
        overflow.hiddenActions.length
      )
        problems[name] = overflow;
    }
    // The keys table's row actions, for the long-named and the rolled key, are in view too.
    await visit(page, `/${tour().slug}/settings/api-keys`);
    const actions = await page.getByRole("button", { name: /^Actions for / }).all();
    expect(actions.length).toBeGreaterThanOrEqual(2);
    for (const button of actions) {
      // The list refetches every 10 s: a row re-rendered mid-scroll is scrolled to again.
      await expect(async () => {
        await button.scrollIntoViewIfNeeded({ timeout: 2_000 });
        await expect(button).toBeInViewport({ ratio: 1, timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
    }
    expect(problems).toEqual({});
    await context.close();
  });
}
