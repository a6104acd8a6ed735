import { describe, expect, it } from "vitest";
import { trackClickResponseSchema } from "@/lib/api/schemas/analytics";
import { generateProjectPublishableKey } from "@/lib/api-keys/publishable";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { clicksOf, insertLink } from "@/test/short-link-fixtures";
import { OPTIONS, POST } from "./route";

setupTestDatabase();

async function projectWithPublishableKey() {
  const owner = await projectWithKey();
  const { token } = await generateProjectPublishableKey({
    projectId: owner.project.id,
    actor: owner.actor,
    ipAddress: owner.ipAddress,
  });
  return { ...owner, publishable: token };
}

const track = (body: unknown, secret?: string, headers?: Record<string, string>) =>
  callRoute(POST, { url: "/api/track/click", method: "POST", body, secret, headers });

describe("POST /api/track/click", () => {
  it("records a click for the project's link and answers its id, readable from any origin", async () => {
    const { project, publishable } = await projectWithPublishableKey();
    const link = await insertLink(project.id, { domain: "go.track.example" });
    const response = await track(
      {
        domain: "GO.track.example",
        key: link.key,
        url: "https://shop.example/?via=x",
        referrer: "https://t.co/x",
      },
      publishable,
      {
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
        "cf-ipcountry": "BR",
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { clickId } = trackClickResponseSchema.parse(response.body);
    expect(await clicksOf(link.id)).toEqual([
      expect.objectContaining({
        id: clickId,
        referer: "t.co",
        country: "BR",
        browser: "Firefox",
        os: "Linux",
      }),
    ]);
  });

  it.each([
    ["a secret key", "secret", 403],
    ["no key", "none", 401],
    ["an unknown publishable key", "unknown", 401],
  ] as const)("refuses %s (%i), still with CORS headers", async (_, kind, status) => {
    const owner = await projectWithPublishableKey();
    const link = await insertLink(owner.project.id);
    const secret = { secret: owner.secret, none: undefined, unknown: "codeqr_pk_unknown" }[kind];
    const response = await track({ domain: link.domain, key: link.key }, secret);
    expect(response.status).toBe(status);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await clicksOf(link.id)).toHaveLength(0);
  });

  it("answers 404 for another project's link, and records nothing", async () => {
    const { publishable } = await projectWithPublishableKey();
    const other = await projectWithKey();
    const link = await insertLink(other.project.id);
    const response = await track({ domain: link.domain, key: link.key }, publishable);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: "not_found" } });
    expect(await clicksOf(link.id)).toHaveLength(0);
  });

  it.each([
    [{ key: "abc" }, "domain"],
    [{ domain: "go.example" }, "key"],
    [{ domain: "go.example", key: "a\u0000b" }, "key"],
    [{ domain: 42, key: "abc" }, "domain"],
  ])("answers 422 naming the field for %j", async (body, field) => {
    const { publishable } = await projectWithPublishableKey();
    const response = await track(body, publishable);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain(`'${field}'`);
  });

  it("answers 400 for malformed JSON", async () => {
    const { publishable } = await projectWithPublishableKey();
    expect((await track("{nope", publishable)).status).toBe(400);
  });
});

describe("OPTIONS /api/track/click", () => {
  it("answers the CORS preflight", async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
  });
});
