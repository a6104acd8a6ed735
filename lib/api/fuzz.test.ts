import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSecretKey } from "@/lib/api-keys/format";
import { generateProjectPublishableKey } from "@/lib/api-keys/publishable";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { fillPath, handlerFor } from "@/test/route-handlers";
import { API_ROUTES, type RouteId, routeOf } from "./routes";

setupTestDatabase();

const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 25);
let secret = "";
let publishable = "";

beforeAll(async () => {
  const owner = await projectWithKey();
  secret = owner.secret;
  publishable = (
    await generateProjectPublishableKey({ projectId: owner.project.id, actor: owner.actor, ipAddress: "::1" })
  ).token;
});

/** Text no boundary may let through to a query: NUL, other control characters, lone surrogates. */
const hostile = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\u0007",
  "\u001b[2J",
  "\u007f",
  "\ud800",
  "x\udfffy",
  "\u000b",
);
const text = fc.oneof(
  fc.string(),
  hostile,
  fc.tuple(fc.string(), hostile).map(([a, b]) => a + b),
);

const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constant("valid"),
  fc.constant("publishable"),
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 60 }).map((token) => `Bearer ${token}`),
  fc.constant(null).map(() => `Bearer ${generateSecretKey()}`),
);
const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc
    .dictionary(
      fc.constantFrom(
        "url",
        "key",
        "domain",
        "name",
        "color",
        "slug",
        "tagIds",
        "expiresAt",
        "externalId",
        "title",
        "primary",
      ),
      fc.oneof(
        fc.string(),
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(text, { maxLength: 3 }),
      ),
    )
    .map((value) => JSON.stringify(value)),
);
const query = fc.dictionary(
  fc.constantFrom(
    "page",
    "pageSize",
    "search",
    "groupBy",
    "interval",
    "start",
    "end",
    "timezone",
    "linkId",
    "url",
    "size",
    "projectSlug",
    "tagIds",
    "ids",
    "showArchived",
    "domain",
    "key",
  ),
  fc.oneof(fc.string({ maxLength: 30 }), hostile),
  { maxKeys: 4 },
);
const pathValue = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  hostile,
  fc.constant("ext_"),
  fc.constant("link_x"),
);

describe("fuzzing every endpoint", () => {
  it.each(Object.keys(API_ROUTES) as RouteId[])(
    "%s never answers 5xx, and errors keep their shape",
    async (routeId) => {
      const { method, path } = routeOf(routeId);
      const handler = handlerFor(routeId);
      if (!handler) throw new Error(`no handler for ${routeId}`);
      await fc.assert(
        fc.asyncProperty(authorization, body, query, pathValue, async (auth, payload, params, id) => {
          const header =
            auth === "valid" ? `Bearer ${secret}` : auth === "publishable" ? `Bearer ${publishable}` : auth;
          const routeParams = { linkId: id, id, slug: id };
          const search = new URLSearchParams(params).toString();
          const response = await callRoute(handler, {
            url: `${fillPath(path, routeParams)}${search ? `?${search}` : ""}`,
            method,
            params: routeParams,
            body: method === "GET" || method === "DELETE" ? undefined : payload,
            headers: header === undefined ? {} : { authorization: header },
          }).catch((error: unknown) => ({ status: 599, headers: new Headers(), body: String(error) }));
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type")).toContain("application/json");
            expect(response.body).toMatchObject({
              error: { code: expect.any(String), message: expect.any(String), doc_url: expect.any(String) },
            });
          }
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    },
  );
});
