import { type Browser, expect, type Page, test } from "@playwright/test";
import { ApiKeysPage } from "./api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./flows";

/** The longest names the forms accept, with no spaces to break at: the worst case for a layout. */
export const LONG = {
  person: `Maximiliana-${"x".repeat(60)}-Wolfeschlegelsteinhausen`.slice(0, 100),
  project: `Interplanetary-${"y".repeat(50)}`.slice(0, 50),
  key: `Production-ingest-${"z".repeat(50)}`.slice(0, 50),
  machineKey: `Nightly-backup-machine-${"w".repeat(50)}`.slice(0, 50),
} as const;

export const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

export type Tour = { slug: string; keyId: string; pages: { name: string; path: string }[] };

/**
 * A project at its most awkward: long person, project and key names, a rolled key (its grace note), a machine
 * user's key and a pending invitation. Returns every dashboard page of it.
 */
export async function seedAwkwardProject(page: Page): Promise<Tour> {
  const slug = newSlug("tour");
  await registerWithProject(page, newPerson(LONG.person), { name: LONG.project, slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  await keys.create({ name: LONG.key });
  await keys.roll(LONG.key, "24 hours");
  await keys.create({ name: LONG.machineKey, owner: "Machine" });
  const keyLink = page.getByRole("link", { name: LONG.key, exact: true }).first();
  const href = await keyLink.getAttribute("href");
  const keyId = href?.split("/").pop();
  expect(keyId).toMatch(/^key_/);

  await page.goto(`/${slug}/settings/people`);
  await page.getByLabel("Email").fill(`someone-with-a-very-long-address-${slug}@subdomain.example.com`);
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByLabel("Invite link")).toBeVisible();

  return {
    slug,
    keyId: keyId as string,
    pages: [
      { name: "home", path: `/${slug}` },
      { name: "general", path: `/${slug}/settings` },
      { name: "api-keys", path: `/${slug}/settings/api-keys` },
      { name: "key", path: `/${slug}/settings/api-keys/${keyId}` },
      { name: "people", path: `/${slug}/settings/people` },
      { name: "domains", path: `/${slug}/settings/domains` },
      { name: "audit-log", path: `/${slug}/settings/audit-log` },
      { name: "api-reference", path: `/${slug}/api-reference` },
      { name: "account", path: "/account" },
      { name: "new-project", path: "/new" },
    ],
  };
}

/**
 * Seeds one awkward project before the file's tests and saves its owner's session; `tour()` and `ownerState()`
 * give them to each test.
 */
export function seedAwkwardProjectOnce() {
  let seeded: Tour | undefined;
  let state: string | undefined;
  test.beforeAll(async ({ browser }: { browser: Browser }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    seeded = await seedAwkwardProject(await context.newPage());
    state = test.info().outputPath("owner.json");
    await context.storageState({ path: state });
    await context.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the awkward project is seeded in beforeAll");
    return value;
  };
  return { tour: () => ready(seeded), ownerState: () => ready(state) };
}

/** Opens a dashboard page and waits until its content, not its loading skeleton, is there. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(
    page.locator("main").getByRole("heading").or(page.locator('main [data-slot="card-title"]')).first(),
  ).toBeVisible();
  await expect(page.locator('[data-slot="skeleton"]')).toHaveCount(0);
  // Hydrated (a Button is aria-disabled until then), so no re-render replaces what is measured.
  await expect(page.getByRole("button", { name: /^Account menu/ })).not.toHaveAttribute(
    "aria-disabled",
    "true",
  );
}

export type Overflow = {
  pageWidth: number;
  viewportWidth: number;
  outside: string[];
  hiddenActions: string[];
};

/**
 * What sticks out: the page's scroll width against the viewport; interactive elements beyond the viewport's
 * sides (unless inside a container that scrolls sideways on purpose); row actions not fully in view, whether the
 * viewport or a clipping container hides them.
 */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60)}"`;
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const clippers = (el: Element) => {
      const found: Element[] = [];
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") found.push(p);
      }
      return found;
    };
    const outside: string[] = [];
    for (const el of document.querySelectorAll("button, a[href], input, select, textarea, [role=combobox]")) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if ((rect.right > viewportWidth + 1 || rect.left < -1) && clippers(el).length === 0)
        outside.push(label(el));
    }
    const hiddenActions: string[] = [];
    const actions = document.querySelectorAll(
      'button[aria-label^="Actions for"], tbody tr button, tbody tr [role=combobox]',
    );
    for (const el of actions) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      const boxes = [
        { left: 0, right: viewportWidth },
        ...clippers(el).map((c) => c.getBoundingClientRect()),
      ];
      if (boxes.some((box) => rect.left < box.left - 1 || rect.right > box.right + 1))
        hiddenActions.push(label(el));
    }
    return { pageWidth: document.documentElement.scrollWidth, viewportWidth, outside, hiddenActions };
  });
}
