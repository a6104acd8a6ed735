// SPEC §7: every response to a request the key was counted for carries its quota, errors of the handler included.
import { beforeAll, describe, expect, it } from "vitest";
import { type RouteId, routeOf } from "@/lib/api/routes";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { fillPath, handlerFor } from "@/test/route-handlers";

setupTestDatabase();

type Case = {
  routeId: RouteId;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  status: number;
};

const CASES: [string, Case][] = [
  ["a success", { routeId: "GET /api/links", status: 200 }],
  ["a creation", { routeId: "POST /api/tags", body: { name: "taken" }, status: 201 }],
  ["a 404 from the handler", { routeId: "GET /api/links/{linkId}", params: { linkId: "nope" }, status: 404 }],
  ["a 409 from the handler", { routeId: "POST /api/tags", body: { name: "TAKEN" }, status: 409 }],
  ["a 422 from the body", { routeId: "POST /api/links", body: { url: "not a url" }, status: 422 }],
  ["a 422 from the query", { routeId: "GET /api/links", query: "?pageSize=0", status: 422 }],
];

describe("rate-limit headers on every counted answer", () => {
  let secret = "";
  beforeAll(async () => {
    ({ secret } = await projectWithKey());
  });
  let previousRemaining = Number.POSITIVE_INFINITY;

  it.each(CASES)("%s", async (_, { routeId, params, query = "", body, status }) => {
    const route = routeOf(routeId);
    const handler = handlerFor(routeId);
    if (!handler) throw new Error(`no handler for ${routeId}`);
    const response = await callRoute(handler, {
      url: fillPath(route.path, params ?? {}) + query,
      method: route.method,
      secret,
      body,
      params,
    });
    expect(response.status).toBe(status);
    const remaining = Number(response.headers.get("x-ratelimit-remaining"));
    expect(Number(response.headers.get("x-ratelimit-limit"))).toBeGreaterThan(0);
    expect(remaining).toBeLessThan(previousRemaining);
    expect(Number(response.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(response.headers.get("ratelimit-policy")).toMatch(/^"per-key";q=\d+;w=60$/);
    previousRemaining = remaining;
  });
});
