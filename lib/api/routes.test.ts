import { describe, expect, it } from "vitest";
import { API_ROUTES, matchRoute } from "./routes";

describe("route table", () => {
  it.each([
    ["GET", "/api/links", "GET /api/links", {}],
    ["GET", "/api/links/count", "GET /api/links/count", {}],
    ["GET", "/api/links/info", "GET /api/links/info", {}],
    ["GET", "/api/links/link_123", "GET /api/links/{linkId}", { linkId: "link_123" }],
    ["DELETE", "/api/links/ext_abc%20d", "DELETE /api/links/{linkId}", { linkId: "ext_abc d" }],
    ["PUT", "/api/links/upsert", "PUT /api/links/upsert", {}],
    ["PUT", "/api/links/link_1", "PUT /api/links/{linkId}", { linkId: "link_1" }],
    ["PATCH", "/api/domains/go.acme.com", "PATCH /api/domains/{slug}", { slug: "go.acme.com" }],
    ["POST", "/api/track/click", "POST /api/track/click", {}],
  ])("%s %s → %s", (method, path, id, params) => {
    expect(matchRoute(method, path)).toMatchObject({ id, params });
  });

  it.each([
    ["GET", "/api/nope"],
    ["POST", "/api/links/count"],
    ["GET", "/api/links/a/b"],
    ["GET", "/api/links/%E0%A4%A"],
    ["DELETE", "/api/tags"],
  ])("%s %s matches nothing", (method, path) => {
    expect(matchRoute(method, path)).toBeNull();
  });

  it("every key route names its permission, and only read permissions guard GET routes", () => {
    for (const [id, spec] of Object.entries(API_ROUTES)) {
      if (spec.auth !== "secret" || !spec.permission) continue;
      if (id.startsWith("GET ")) expect(spec.permission, id).toMatch(/\.read$/);
      else expect(spec.permission, id).toMatch(/\.write$/);
    }
  });
});
