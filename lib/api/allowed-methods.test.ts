import { describe, expect, it } from "vitest";
import { allowedMethods, matchRoute } from "./routes";

describe("allowedMethods", () => {
  it.each([
    ["/api/links", ["GET", "HEAD", "POST"]],
    ["/api/links/bulk", ["POST", "PATCH", "DELETE"]],
    ["/api/links/upsert", ["PUT"]],
    ["/api/links/count", ["GET", "HEAD"]],
    ["/api/links/info", ["GET", "HEAD"]],
    ["/api/links/link_123", ["GET", "HEAD", "PUT", "PATCH", "DELETE"]],
    ["/api/tags/tag_1", ["PUT", "PATCH", "DELETE"]],
    ["/api/domains/go.acme.com", ["PUT", "PATCH", "DELETE"]],
    ["/api/track/click", ["POST", "OPTIONS"]],
    ["/api/health", ["GET", "HEAD"]],
    ["/api/nope", []],
    ["/api", []],
    ["/api/links/a/b", []],
    ["/api/links/%E0%A4%A", []],
  ])("%s → %j", (path, methods) => {
    expect(allowedMethods(path)).toEqual(methods);
  });
});

describe("matchRoute picks the path Next serves, then the method", () => {
  it.each([
    ["PUT", "/api/links/bulk"],
    ["DELETE", "/api/links/count"],
    ["PUT", "/api/links/info"],
    ["GET", "/api/links/upsert"],
    ["HEAD", "/api/links"],
  ])("%s %s matches nothing", (method, path) => {
    expect(matchRoute(method, path)).toBeNull();
  });

  it("a literal path's sibling parameter route still matches other values", () => {
    expect(matchRoute("PATCH", "/api/links/bulky")).toMatchObject({
      id: "PATCH /api/links/{linkId}",
      params: { linkId: "bulky" },
    });
  });
});
