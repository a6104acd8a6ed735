import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { ApiKeysPage, checkServerLogForSecrets, rememberRevealedSecret } from "./support/api-keys-page";
import { VIEWPORTS } from "./support/dashboard-tour";
import { newPerson, newSlug, registerWithProject } from "./support/flows";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
test.describe.configure({ timeout: 120_000 });

checkServerLogForSecrets();

const run = promisify(execFile);

for (const viewport of VIEWPORTS) {
  test(`a newcomer at ${viewport.width} px creates a key, runs the copied curl, and sees it on the home and the key's page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const slug = newSlug("first");
    await registerWithProject(page, newPerson("Newcomer"), { name: "First steps", slug });
    const firstRequest = page
      .getByRole("list", { name: "Getting started" })
      .getByRole("listitem")
      .filter({ hasText: "Make a first request" });
    await expect(firstRequest).toContainText("To do: Make a first request");

    await page.goto(`/${slug}/settings/api-keys`);
    await page.getByRole("button", { name: "Create", exact: true }).click();
    const create = page.getByRole("dialog", { name: "Create API key" });
    await create.getByLabel("Name").fill("My first key");
    await create.getByRole("button", { name: "Create API Key" }).click();

    const created = page.getByRole("dialog", { name: "API key created" });
    rememberRevealedSecret(await created.getByLabel("API key").inputValue());
    await created.getByRole("tab", { name: "curl" }).click();
    await created.getByRole("button", { name: "Copy curl command" }).click();
    const command = await page.evaluate(() => navigator.clipboard.readText());
    expect(command).toMatch(
      /^curl http:\/\/127\.0\.0\.1:\d+\/api\/\S+ -H "Authorization: Bearer codeqr_\w+"$/,
    );
    await created.getByRole("button", { name: "Done" }).click();
    await expect(created).toBeHidden();

    // Exactly what a person pastes into a terminal.
    const { stdout } = await run("sh", ["-c", `${command} --silent --show-error --fail`]);
    expect(Array.isArray(JSON.parse(stdout))).toBe(true);

    // The request log is written in batches: reload until the home and the key's page read it.
    await expect(async () => {
      await page.goto(`/${slug}`);
      await expect(firstRequest).toContainText("Done: Make a first request", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });

    await new ApiKeysPage(page).goto(slug);
    await page.getByRole("link", { name: "My first key" }).click();
    // A reload before the client-side navigation commits would reload the list instead.
    await expect(page).toHaveURL(new RegExp(`/${slug}/settings/api-keys/key_`));
    const path = new URL(command.split(" ")[1] ?? "").pathname;
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("table", { name: "Recent requests" })).toContainText(path, {
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
  });
}
