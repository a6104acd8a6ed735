import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/openapi.json/route";
import { ERROR_STATUS, type ErrorCode } from "./errors";
import { buildOpenApiDocument } from "./openapi";
import type { JsonSchema } from "./openapi-json-schema";
import type { OpenApiOperation, OpenApiPathItem } from "./openapi-operations";
import { API_ROUTES, allowedMethods, type RouteId, type RouteSpec, routeOf } from "./routes";

const doc = buildOpenApiDocument("https://keys.example.com");

/** Method, path and operationId of every operation of the Dub SDK, read from its sources (one file per operation). */
const DUB_OPERATIONS = (() => {
  const funcs = path.join(process.cwd(), "node_modules/dub/src/funcs");
  return fs.readdirSync(funcs).flatMap((file) => {
    const source = fs.readFileSync(path.join(funcs, file), "utf8");
    const method = /method: "([A-Z]+)"/.exec(source)?.[1];
    const apiPath = /pathToFunc\("([^"]+)"/.exec(source)?.[1];
    const operationId = /operationID: "([^"]+)"/.exec(source)?.[1];
    return method && apiPath && operationId
      ? [{ routeId: `${method} /api${apiPath}` as RouteId, operationId }]
      : [];
  });
})();
const routeIds = Object.keys(API_ROUTES) as RouteId[];

function operationOf(routeId: RouteId): OpenApiOperation {
  const { method, path } = routeOf(routeId);
  const operation = doc.paths[path.replace(/^\/api/, "")]?.[method.toLowerCase() as keyof OpenApiPathItem];
  if (!operation || typeof operation === "string") throw new Error(`No operation for ${routeId}`);
  return operation;
}

/** Every `$ref` string anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "$ref" && typeof item === "string" ? [item] : refsIn(item),
  );
}

const resolvePointer = (ref: string) =>
  ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc);

const queryNames = (routeId: RouteId) =>
  operationOf(routeId)
    .parameters.filter((p) => p.in === "query")
    .map((p) => p.name);

describe("OpenAPI document", () => {
  it("declares OpenAPI 3.1.0, survives a JSON round trip, and serves paths relative to {origin}/api", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(doc.servers).toEqual([{ url: "https://keys.example.com/api" }]);
    expect(Object.keys(doc.paths).every((path) => path.startsWith("/") && !path.startsWith("/api/"))).toBe(
      true,
    );
  });

  it("has a response schema for every route of API_ROUTES", () => {
    expect(routeIds.filter((id) => !API_ROUTES[id].response)).toEqual([]);
  });

  it("validates as OpenAPI 3.1 against the specification's own JSON Schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("has one operation per API_ROUTES entry, plus HEAD beside every GET", () => {
    const keysOf = (method: string) =>
      Object.entries(doc.paths)
        .filter(([, item]) => method in item)
        .map(([path]) => `${method.toUpperCase()} /api${path}`);
    const methods = ["get", "post", "put", "patch", "delete"];
    expect(methods.flatMap(keysOf).sort()).toEqual([...routeIds].sort());
    expect(keysOf("head").map((id) => id.replace(/^HEAD/, "GET"))).toEqual(keysOf("get"));
  });

  it("says on every path which methods it answers and that any other is a 405 with Allow", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const allowed = allowedMethods(`/api${path}`).join(", ");
      expect(item.description, path).toBe(
        `Answers ${allowed}. Any other method is a 405 \`method_not_allowed\` whose \`Allow\` header lists these.`,
      );
    }
    expect(doc.components.responses.MethodNotAllowed.headers.Allow).toEqual({
      $ref: "#/components/headers/Allow",
    });
  });

  it("documents HEAD as GET without a body: same checks, statuses and headers", () => {
    const get = operationOf("GET /api/links");
    const head = doc.paths["/links"]?.head;
    expect(head).toMatchObject({ operationId: `${get.operationId}Head`, security: get.security });
    expect(Object.keys(head?.responses ?? {})).toEqual(Object.keys(get.responses));
    expect(Object.values(head?.responses ?? {}).some((response) => "content" in response)).toBe(false);
    expect(head?.responses["200"]?.headers).toEqual(get.responses["200"]?.headers);
  });

  it.each(routeIds)("%s: method, status, security and permission", (routeId) => {
    const spec = API_ROUTES[routeId];
    const operation = operationOf(routeId);
    const status = ["POST /api/tags", "POST /api/domains"].includes(routeId) ? "201" : "200";
    expect(Object.keys(operation.responses).filter((code) => code.startsWith("2"))).toEqual([status]);
    expect(operation.summary).toBe(spec.summary);
    expect(operation.tags).toEqual([spec.tag]);
    const security = { public: [], secret: [{ bearerAuth: [] }], publishable: [{ publishableKey: [] }] };
    expect(operation.security).toEqual(security[spec.auth]);
    expect(operation["x-required-permission"]).toBe(spec.auth === "secret" ? spec.permission : null);
    if (spec.auth === "secret" && spec.permission) expect(operation.description).toContain(spec.permission);
  });

  it.each(routeIds)("%s: error responses follow the route's kind and refer to Error", (routeId) => {
    const { responses } = operationOf(routeId);
    const errors = Object.keys(responses).filter((code) => Number(code) >= 400);
    const keyed = API_ROUTES[routeId].auth !== "public";
    const spec: RouteSpec = API_ROUTES[routeId];
    const declared = (spec.errors ?? []).map((code: ErrorCode) => String(ERROR_STATUS[code]));
    for (const status of ["400", "401", "403", "429"]) {
      expect(errors.includes(status), status).toBe(keyed || declared.includes(status));
    }
    expect(errors).toContain("500");
    if (routeId.includes("{")) expect(errors).toContain("404");
    for (const code of errors) {
      expect(Object.values(ERROR_STATUS).map(String)).toContain(code);
      expect(responses[code]?.content?.["application/json"]?.schema).toEqual({
        $ref: "#/components/schemas/Error",
      });
    }
  });

  it("DELETE answers {id} or {slug}; lists answer arrays of the resource", () => {
    const body = (routeId: RouteId) =>
      operationOf(routeId).responses["200"]?.content?.["application/json"]?.schema as JsonSchema;
    expect(Object.keys(body("DELETE /api/links/{linkId}").properties ?? {})).toEqual(["id"]);
    expect(Object.keys(body("DELETE /api/tags/{id}").properties ?? {})).toEqual(["id"]);
    expect(Object.keys(body("DELETE /api/domains/{slug}").properties ?? {})).toEqual(["slug"]);
    expect(body("GET /api/links")).toEqual({ type: "array", items: { $ref: "#/components/schemas/Link" } });
    expect(body("GET /api/links/{linkId}")).toEqual({ $ref: "#/components/schemas/Link" });
  });

  it("gives operationIds that are unique", () => {
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        typeof operation === "string" ? [] : [operation.operationId],
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("serves every Dub operation on links, tags, domains, analytics, events and QR codes", () => {
    // Out of scope: a domain registrar (register, availability), and every partner/customer/folder/sales operation.
    const inScope = /^[A-Z]+ \/api\/(links|tags|domains|analytics|events|qr)\b/;
    const outOfScope = ["GET /api/domains/status", "POST /api/domains/register"];
    const expected = DUB_OPERATIONS.filter(
      ({ routeId }) => inScope.test(routeId) && !outOfScope.includes(routeId),
    ).map(({ routeId }) => routeId);
    expect(expected.length).toBeGreaterThanOrEqual(21);
    expect(expected.filter((routeId) => !routeIds.includes(routeId))).toEqual([]);
  });

  it.each(DUB_OPERATIONS.filter(({ routeId }) => routeIds.includes(routeId)))(
    "$routeId has Dub's operationId, $operationId",
    ({ routeId, operationId }) => {
      expect(operationOf(routeId).operationId).toBe(operationId);
    },
  );

  it("resolves every $ref", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(resolvePointer(ref), ref).toBeDefined();
  });

  it.each([
    ["GET /api/links", ["search", "domain", "tagIds", "tagNames", "showArchived", "page", "pageSize"]],
    [
      "GET /api/analytics",
      ["event", "groupBy", "interval", "start", "end", "timezone", "linkId", "domain", "key"],
    ],
    ["GET /api/qr", ["url", "size", "level", "format", "fgColor", "bgColor"]],
    ["GET /api/tags", ["page", "pageSize", "search"]],
    ["GET /api/domains", ["page", "pageSize", "archived"]],
    ["GET /api/links/info", ["linkId", "externalId", "domain", "key"]],
  ] as const)("%s takes the query parameters of its schema", (routeId, names) => {
    expect(queryNames(routeId)).toEqual(expect.arrayContaining([...names]));
  });

  it("offers projectSlug and workspaceId on key routes only", () => {
    for (const routeId of routeIds) {
      const keyed = API_ROUTES[routeId].auth !== "public";
      expect(queryNames(routeId).includes("projectSlug"), routeId).toBe(keyed);
      expect(queryNames(routeId).includes("workspaceId"), routeId).toBe(keyed);
    }
  });

  it("names path parameters after the {param} of the route", () => {
    const path = operationOf("PATCH /api/domains/{slug}").parameters.filter((p) => p.in === "path");
    expect(path).toMatchObject([{ name: "slug", required: true }]);
  });

  it("documents request bodies as their input, and refused analytics filters only in the description", () => {
    const body = operationOf("POST /api/links").requestBody;
    expect(body?.required).toBe(true);
    expect(operationOf("PATCH /api/links/{linkId}").requestBody?.required).toBe(false);
    const create = doc.components.schemas.CreateLinkRequest;
    expect(create?.required).toEqual(["url"]);
    expect(queryNames("GET /api/analytics")).not.toContain("customerId");
    expect(operationOf("GET /api/analytics").description).toContain("`customerId`");
  });

  it("lists every key of SPEC §7's Link object, all required", () => {
    const keys = `id domain key url shortLink qrCode archived expiresAt expiredUrl password externalId title
      description image video ios android geo proxy rewrite doIndex trackConversion publicStats tagId tags
      comments utm_source utm_medium utm_campaign utm_term utm_content userId projectId workspaceId webhookIds
      tenantId programId partnerId folderId disabledAt clicks leads sales saleAmount lastClicked createdAt
      updatedAt`.split(/\s+/);
    const link = doc.components.schemas.Link;
    expect(Object.keys(link?.properties ?? {})).toEqual(expect.arrayContaining(keys));
    expect(link?.required).toEqual(expect.arrayContaining(keys));
  });

  it("declares both key schemes as HTTP bearer", () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.publishableKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("is served by GET /api/openapi.json as cacheable JSON, with the request's origin when APP_URL is unset", async () => {
    const request = new Request("http://keys.test/api/openapi.json", { headers: { host: "keys.test" } });
    const response = await GET(request);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const served = (await response.json()) as typeof doc;
    expect(served.openapi).toBe("3.1.0");
    expect(served.servers[0]?.url).toMatch(process.env.APP_URL ? /\/api$/ : /^http:\/\/keys\.test\/api$/);
    expect(Object.keys(served.paths)).toEqual(Object.keys(doc.paths));
  });
});
