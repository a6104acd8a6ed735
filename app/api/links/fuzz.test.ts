import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { PATCH } from "./[linkId]/route";
import { POST as BULK } from "./bulk/route";
import { GET as COUNT } from "./count/route";
import { GET as INFO } from "./info/route";
import { GET, POST } from "./route";
import { PUT as UPSERT } from "./upsert/route";

setupTestDatabase();

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
let secret = "";
let linkId = "";

beforeAll(async () => {
  ({ secret } = await projectWithKey());
  const created = await callRoute(POST, {
    url: "/api/links",
    method: "POST",
    secret,
    body: { url: "https://a.example" },
  });
  linkId = (created.body as { id: string }).id;
});

const awkwardString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "",
    "\u0000",
    "\ud800",
    "%",
    "_",
    "\\",
    "ext_",
    "-100000-01-01",
    "+275760-09-13",
    "example.com",
  ),
  fc.constantFrom("9007199254740991", "1e300", "true", "0", "-1", "localhost:3000", "https://b.example"),
);
const value = fc.oneof(
  awkwardString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(awkwardString, { maxLength: 3 }),
  fc.dictionary(awkwardString, awkwardString, { maxKeys: 3 }),
);
const FIELDS = [
  ...[
    "url",
    "domain",
    "key",
    "keyLength",
    "externalId",
    "tenantId",
    "archived",
    "tagIds",
    "tagNames",
    "tagId",
  ],
  ...[
    "expiresAt",
    "expiredUrl",
    "password",
    "geo",
    "ios",
    "android",
    "title",
    "image",
    "utm_source",
    "utmTerm",
  ],
  ...["prefix", "testVariants", "webhookIds", "publicStats", "comments", "folderId"],
];
const linkBody = fc
  .tuple(fc.boolean(), fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }))
  .map(([withUrl, fields]) => (withUrl ? { ...fields, url: "https://example.com/fuzz" } : fields));
const body = fc.oneof(linkBody, fc.array(linkBody, { maxLength: 3 }), fc.json({ maxDepth: 2 }));
const QUERY_FIELDS = [
  ...["search", "domain", "tagIds", "tagNames", "tagId", "showArchived", "withTags", "page", "pageSize"],
  ...["startingAfter", "endingBefore", "userId", "linkId", "externalId", "key", "groupBy"],
];
const query = fc.array(fc.tuple(fc.constantFrom(...QUERY_FIELDS), awkwardString), { maxLength: 4 });

describe("link endpoints under arbitrary input", () => {
  it("never answer 5xx to a body", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        for (const [handler, method, url] of [
          [POST, "POST", "/api/links"],
          [BULK, "POST", "/api/links/bulk"],
          [UPSERT, "PUT", "/api/links/upsert"],
          [PATCH, "PATCH", `/api/links/${linkId}`],
        ] as const) {
          const response = await callRoute(handler, {
            url,
            method,
            secret,
            body: payload,
            params: { linkId },
          });
          expect(response.status, `${method} ${url} ${JSON.stringify(payload)}`).toBeLessThan(500);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never answer 5xx to a query", async () => {
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const search = new URLSearchParams(params).toString();
        for (const [handler, path] of [
          [GET, "/api/links"],
          [COUNT, "/api/links/count"],
          [INFO, "/api/links/info"],
        ] as const) {
          const response = await callRoute(handler, { url: `${path}?${search}`, secret });
          expect(response.status, `${path}?${search}`).toBeLessThan(500);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
