import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { GET } from "./route";

setupTestDatabase();

describe("GET /api/oauth/userinfo", () => {
  it("answers the key's project and permissions", async () => {
    const { secret, project, apiKey } = await projectWithKey(["links.read"]);
    const response = await callRoute(GET, { url: "/api/oauth/userinfo", secret });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.body).toEqual({
      project: { id: project.id, slug: project.slug, name: project.name, plan: "free" },
      key: { id: apiKey.id, name: "test key", permissions: ["links.read"] },
    });
  });

  it("refuses a request for another project's slug with 403", async () => {
    const { secret } = await projectWithKey();
    const response = await callRoute(GET, { url: "/api/oauth/userinfo?projectSlug=someone-else", secret });
    expect(response.status).toBe(403);
  });

  it("refuses a call that carries proxy headers but no key: the handler trusts none of them", async () => {
    const response = await callRoute(GET, {
      url: "/api/oauth/userinfo",
      headers: {
        "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
        "x-codeqr-proxy-receipt": "anything",
      },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(response.body).toMatchObject({ error: { code: "unauthorized", doc_url: expect.any(String) } });
  });
});
