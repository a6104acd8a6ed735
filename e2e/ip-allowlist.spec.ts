import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { ApiKeysPage } from "./support/api-keys-page";
import { newPerson, newSlug, registerWithProject } from "./support/flows";
import { startServer } from "./support/server";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const LISTED = "203.0.113.7";
const ELSEWHERE = "198.51.100.23";
const refusedFrom = (address: string) => `Requests from ${address} are not allowed for this API key.`;

/** GET /api/oauth/userinfo as a client at `address` behind a proxy the e2e server trusts (loopback). */
function userinfoFrom(request: APIRequestContext, secret: string, address: string, base = "") {
  return request.get(`${base}/api/oauth/userinfo`, {
    headers: { authorization: `Bearer ${secret}`, "x-forwarded-for": address },
  });
}

/** Creates a key through the dialog with an allowlist, first with a bad line that the form must name. */
async function createWithAllowlist(page: Page, name: string, allowlist: string): Promise<string> {
  await page.getByRole("button", { name: "Create", exact: true }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByLabel("Name").fill(name);
  const field = dialog.getByLabel("Allowed IP addresses");
  await field.fill(`${allowlist}\n\n10.0.0.300`);
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  // The bad line comes after the list and one blank line: the message counts every line.
  const badLine = allowlist.split("\n").length + 2;
  await expect(
    dialog.getByText(`Line ${badLine}: "10.0.0.300" is not an IPv4 or IPv6 address or CIDR range.`),
  ).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill(allowlist);
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  const created = page.getByRole("dialog", { name: "API key created" });
  const secret = await created.getByLabel("API key").inputValue();
  await created.getByRole("button", { name: "Done" }).click();
  await expect(created).toBeHidden();
  return secret;
}

async function editAllowlist(page: Page, keys: ApiKeysPage, name: string, allowlist: string) {
  await keys.openActions(name, "Edit");
  const dialog = page.getByRole("dialog", { name: "Edit API key" });
  await dialog.getByLabel("Allowed IP addresses").fill(allowlist);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
}

test("a key with an allowlist answers 403 from other addresses, and takes an edited list at once", async ({
  page,
  request,
}) => {
  const slug = newSlug("allow");
  await registerWithProject(page, newPerson("Allowlister"), { name: "Allowlist Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const secret = await createWithAllowlist(page, "Office only", `${LISTED}\n10.0.0.0/8`);

  const refused = await userinfoFrom(request, secret, ELSEWHERE);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({
    error: { code: "forbidden", message: refusedFrom(ELSEWHERE) },
  });
  expect((await userinfoFrom(request, secret, LISTED)).status()).toBe(200);
  expect((await userinfoFrom(request, secret, "10.1.2.3")).status()).toBe(200);

  await editAllowlist(page, keys, "Office only", `${LISTED}\n198.51.100.0/24`);
  expect((await userinfoFrom(request, secret, ELSEWHERE)).status()).toBe(200);
  expect((await userinfoFrom(request, secret, "10.1.2.3")).status()).toBe(403);

  await keys.openActions("Office only", "Edit");
  await expect(
    page.getByRole("dialog", { name: "Edit API key" }).getByLabel("Allowed IP addresses"),
  ).toHaveValue(`${LISTED}\n198.51.100.0/24`);
});

test("an allowlist edited through one instance is honoured by another within a second", async ({
  page,
  request,
}) => {
  test.skip(
    !process.env.DATABASE_URL?.startsWith("postgres"),
    "needs DATABASE_URL=postgres://… (PGlite is single-process)",
  );
  const slug = newSlug("allow2");
  await registerWithProject(page, newPerson("Allowlister"), { name: "Allowlist Project", slug });
  const keys = new ApiKeysPage(page);
  await keys.goto(slug);
  const secret = await createWithAllowlist(page, "Moved office", LISTED);
  const second = await startServer({
    port: 41175,
    logFile: path.resolve("test-results/server-ip-allowlist.log"),
    env: JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>,
  });
  try {
    const onB = () => userinfoFrom(request, secret, ELSEWHERE, second.baseUrl);
    expect((await onB()).status()).toBe(403);
    // Warms B's route handler (a refusal stops in proxy.ts), so the measurement is of the change reaching B.
    expect((await userinfoFrom(request, secret, LISTED, second.baseUrl)).status()).toBe(200);

    await keys.openActions("Moved office", "Edit");
    const dialog = page.getByRole("dialog", { name: "Edit API key" });
    await dialog.getByLabel("Allowed IP addresses").fill(ELSEWHERE);
    let savedAt = 0;
    const actionDone = page.waitForResponse((response) => {
      const done =
        response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]);
      if (done) savedAt = performance.now();
      return done;
    });
    let acceptedAt = 0;
    const polling = (async () => {
      for (let attempt = 0; attempt < 150 && !acceptedAt; attempt++) {
        const status = (await onB()).status();
        if (status === 200) acceptedAt = performance.now();
        else expect(status).toBe(403);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    })();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await actionDone;
    await polling;
    expect(acceptedAt, "instance B never accepted the edited allowlist").toBeGreaterThan(0);
    const propagationMs = Math.max(0, acceptedAt - savedAt);
    console.warn(`allowlist edit propagated to the second instance in ${propagationMs.toFixed(0)} ms`);
    expect(propagationMs).toBeLessThan(1_000);
  } finally {
    await second.stop();
  }
});
