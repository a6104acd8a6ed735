import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { fillPath, handlerFor } from "@/test/route-handlers";
import { type RouteId, routeOf } from "./routes";

setupTestDatabase();

type Case = {
  routeId: RouteId;
  query?: string;
  body?: unknown;
  params?: Record<string, string>;
  field: string;
};

/** Text no query may receive: each is a 422 naming the field, never a 500 (SPEC §6, issue 10). */
const CASES: [string, Case][] = [
  ["a NUL in a query list", { routeId: "GET /api/tags", query: "?ids=%00", field: "ids" }],
  ["a NUL in a search", { routeId: "GET /api/links", query: "?search=a%00b", field: "search" }],
  [
    "an escape in an analytics filter",
    { routeId: "GET /api/analytics", query: "?country=%1B", field: "country" },
  ],
  [
    "a NUL in a link title",
    { routeId: "POST /api/links", body: { url: "https://a.example", title: "a\u0000" }, field: "title" },
  ],
  [
    "a lone surrogate in a geo key",
    {
      routeId: "POST /api/links",
      body: { url: "https://a.example", geo: { "\ud800": "https://b.example" } },
      field: "geo",
    },
  ],
  [
    "a bell in a bulk item",
    {
      routeId: "POST /api/links/bulk",
      body: [{ url: "https://a.example", comments: "\u0007" }],
      field: "0.comments",
    },
  ],
  ["a NUL in a tag name", { routeId: "POST /api/tags", body: { name: "a\u0000" }, field: "name" }],
  [
    "a NUL in a domain slug",
    { routeId: "POST /api/domains", body: { slug: "a\u0000.example" }, field: "slug" },
  ],
];

/** A path segment that cannot name anything is simply not found (its schema refuses the text). */
const PATH_CASES: [string, Case][] = [
  [
    "a NUL in a link id",
    { routeId: "GET /api/links/{linkId}", params: { linkId: "link\u0000" }, field: "linkId" },
  ],
  [
    "a control character in a tag id",
    { routeId: "DELETE /api/tags/{id}", params: { id: "tag\u0001" }, field: "id" },
  ],
  [
    "a lone surrogate in a domain",
    { routeId: "PATCH /api/domains/{slug}", params: { slug: "\ud800.example" }, field: "slug" },
  ],
];

async function call({ routeId, query = "", body, params }: Case) {
  const { secret } = await projectWithKey();
  const route = routeOf(routeId);
  const handler = handlerFor(routeId);
  if (!handler) throw new Error(`no handler for ${routeId}`);
  return callRoute(handler, {
    url: `${fillPath(route.path, params ?? {})}${query}`,
    method: route.method,
    secret,
    body: body ?? (route.method === "PATCH" ? {} : undefined),
    params,
  });
}

describe("hostile text at the API's boundary", () => {
  it.each(CASES)("%s is a 422 naming the field", async (_, testCase) => {
    const response = await call(testCase);
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect((response.body as { error: { message: string } }).error.message).toContain(`'${testCase.field}`);
  });

  it.each(PATH_CASES)("%s is a 404", async (_, testCase) => {
    const response = await call(testCase);
    expect(response.status, JSON.stringify(response.body)).toBe(404);
    expect(response.body).toMatchObject({ error: { code: "not_found" } });
  });
});
