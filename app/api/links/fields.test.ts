// Every field of a link body, camelCase and snake_case, in every body that takes link fields: honoured
// (stored and echoed in the Link) or refused with a 422 naming it. Nothing is silently dropped.
import { beforeAll, describe, expect, it } from "vitest";
import { snakeCase } from "@/lib/api/schemas/either-spelling";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { PATCH as UPDATE } from "./[linkId]/route";
import { POST as BULK_CREATE, PATCH as BULK_UPDATE } from "./bulk/route";
import { POST as CREATE } from "./route";
import { addTag, type LinkBody } from "./test-helpers";
import { PUT as UPSERT } from "./upsert/route";

setupTestDatabase();

type Body = "create" | "update" | "bulk create" | "bulk update" | "upsert";
type Outcome = { status: number; link?: LinkBody; message?: string };
type FieldCase = {
  field: string;
  value: () => unknown;
  /** What the Link answers for the sent value; absent when the field is refused everywhere. */
  echo?: (sent: unknown) => Record<string, unknown>;
  /** The bodies that refuse the field, with (part of) the reason the 422 gives. */
  refused?: Partial<Record<Body, string>>;
};

const EVERYWHERE = (reason: string): Record<Body, string> => ({
  create: reason,
  update: reason,
  "bulk create": reason,
  "bulk update": reason,
  upsert: reason,
});
const NOT_IN_BULK = { "bulk update": "cannot be changed by a bulk update" };
const same = (key: string) => (sent: unknown) => ({ [key]: sent });
const tagIds: Record<string, string> = {};

const FIELDS: FieldCase[] = [
  { field: "url", value: () => `https://example.com/${unique("u")}`, echo: same("url") },
  { field: "domain", value: () => "localhost:3000", echo: same("domain"), refused: NOT_IN_BULK },
  { field: "key", value: () => unique("k"), echo: same("key"), refused: NOT_IN_BULK },
  {
    field: "keyLength",
    value: () => 12,
    echo: () => ({ key: expect.stringMatching(/^[0-9A-Za-z]{12}$/) }),
    refused: { update: "applies only when a link is created", "bulk update": "applies only when a link" },
  },
  { field: "externalId", value: () => unique("ext"), echo: same("externalId"), refused: NOT_IN_BULK },
  ...["tenantId", "programId", "partnerId", "folderId"].map((field) => ({
    field,
    value: () => `${field}-1`,
    echo: same(field),
  })),
  ...["trackConversion", "archived", "proxy", "rewrite", "doIndex", "publicStats"].map((field) => ({
    field,
    value: () => true,
    echo: same(field),
  })),
  {
    field: "tagIds",
    value: () => [tagIds.alpha],
    echo: () => ({ tags: [expect.objectContaining({ name: "Alpha" })] }),
  },
  {
    field: "tagNames",
    value: () => ["alpha"],
    echo: () => ({ tags: [{ id: tagIds.alpha, name: "Alpha", color: "blue" }] }),
  },
  { field: "tagId", value: () => tagIds.alpha, echo: same("tagId") },
  ...["comments", "password", "title", "description", "video"].map((field) => ({
    field,
    value: () => `${field} text`,
    echo: same(field),
  })),
  { field: "image", value: () => "https://example.com/og.png", echo: same("image") },
  { field: "expiresAt", value: () => "2030-01-01T00:00:00.000Z", echo: same("expiresAt") },
  ...["expiredUrl", "ios", "android"].map((field) => ({
    field,
    value: () => `https://example.com/${field}`,
    echo: same(field),
  })),
  { field: "geo", value: () => ({ DE: "https://example.de/" }), echo: same("geo") },
  ...["Source", "Medium", "Campaign", "Term", "Content"].map((part) => ({
    field: `utm${part}`,
    value: () => `utm ${part}`,
    echo: same(`utm_${part.toLowerCase()}`),
  })),
  { field: "prefix", value: () => "/c/", refused: EVERYWHERE("Key prefixes are not supported by this API") },
  { field: "ref", value: () => "partner", refused: EVERYWHERE("Referral tags are not supported") },
  {
    field: "testVariants",
    value: () => [{ url: "https://b.example", percentage: 50 }],
    refused: EVERYWHERE("A/B tests are not supported"),
  },
  { field: "testStartedAt", value: () => "2030-01-01", refused: EVERYWHERE("A/B tests are not supported") },
  { field: "testCompletedAt", value: () => "2030-02-01", refused: EVERYWHERE("A/B tests are not supported") },
  { field: "webhookIds", value: () => ["wh_1"], refused: EVERYWHERE("Webhooks are not supported") },
  {
    field: "rules",
    value: () => [{ if: "country=DE" }],
    refused: EVERYWHERE("Link rules are not supported"),
  },
  { field: "somethingNew", value: () => 1, refused: EVERYWHERE("Unknown field") },
];

let secret = "";

async function existingLink() {
  const response = await callRoute(CREATE, {
    url: "/api/links",
    method: "POST",
    secret,
    body: { url: "https://example.com/existing" },
  });
  return response.body as LinkBody;
}

const outcome = ({ status, body }: { status: number; body: unknown }, item?: number): Outcome => {
  if (status !== 200) return { status, message: (body as { error: { message: string } }).error.message };
  return { status, link: (item === undefined ? body : (body as unknown[])[item]) as LinkBody };
};

/** Sends `fields` in one kind of body (with a fresh url where one is needed) and answers the Link or the error. */
async function send(kind: Body, fields: Record<string, unknown>): Promise<Outcome> {
  const created = { url: `https://example.com/${unique("link")}`, ...fields };
  switch (kind) {
    case "create":
      return outcome(await callRoute(CREATE, { url: "/api/links", method: "POST", secret, body: created }));
    case "bulk create":
      return outcome(
        await callRoute(BULK_CREATE, { url: "/api/links/bulk", method: "POST", secret, body: [created] }),
        0,
      );
    case "upsert":
      return outcome(
        await callRoute(UPSERT, { url: "/api/links/upsert", method: "PUT", secret, body: created }),
      );
    case "update": {
      const { id } = await existingLink();
      const url = `/api/links/${id}`;
      return outcome(
        await callRoute(UPDATE, { url, method: "PATCH", secret, body: fields, params: { linkId: id } }),
      );
    }
    case "bulk update": {
      const { id } = await existingLink();
      const body = { linkIds: [id], data: fields };
      return outcome(
        await callRoute(BULK_UPDATE, { url: "/api/links/bulk", method: "PATCH", secret, body }),
        0,
      );
    }
  }
}

const BODIES: Body[] = ["create", "update", "bulk create", "bulk update", "upsert"];
const CASES = BODIES.flatMap((body) =>
  FIELDS.flatMap((fieldCase) =>
    [...new Set([fieldCase.field, snakeCase(fieldCase.field)])].map(
      (spelling) => [body, spelling, fieldCase] as const,
    ),
  ),
);

describe("link body fields, camelCase and snake_case", () => {
  beforeAll(async () => {
    const owner = await projectWithKey();
    secret = owner.secret;
    tagIds.alpha = await addTag(owner.project.id, "Alpha");
  });

  it.each(CASES)(
    "%s: %s is honoured or refused by name",
    async (body, spelling, { field, value, echo, refused }) => {
      const sent = value();
      const result = await send(body, { [spelling]: sent });
      const reason = refused?.[body];
      if (reason !== undefined || !echo) {
        expect(result.status, JSON.stringify(result)).toBe(422);
        // The field is named as sent, after the item's path in a bulk body ('0.prefix', 'data.key').
        expect(result.message).toMatch(new RegExp(`['.]${spelling}'`));
        expect(result.message).toContain(reason ?? "");
        return;
      }
      expect(result.status, `${field}: ${result.message}`).toBe(200);
      expect(result.link).toMatchObject(echo(sent));
    },
  );

  it("stores the same link for a snake_case client as for a camelCase one", async () => {
    const fields = {
      externalId: unique("same"),
      tagIds: [tagIds.alpha],
      expiresAt: "2031-01-01T00:00:00.000Z",
      expiredUrl: "https://example.com/gone",
      doIndex: true,
      publicStats: true,
      trackConversion: true,
      tenantId: "t-1",
      utmSource: "news",
    };
    const camel = await send("create", { url: "https://example.com/same", ...fields });
    const snake = await send(
      "create",
      Object.fromEntries(
        Object.entries({ url: "https://example.com/same", ...fields, externalId: unique("same") }).map(
          ([name, sent]) => [snakeCase(name), sent],
        ),
      ),
    );
    const perLink = new Set(["id", "key", "shortLink", "qrCode", "externalId", "createdAt", "updatedAt"]);
    const stored = (link?: LinkBody) =>
      Object.fromEntries(Object.entries(link ?? {}).filter(([name]) => !perLink.has(name)));
    expect(camel.status).toBe(200);
    expect(snake.status).toBe(200);
    expect(stored(snake.link)).toEqual(stored(camel.link));
    expect(snake.link).toMatchObject({ utm_source: "news", doIndex: true, tags: [{ id: tagIds.alpha }] });
  });

  it.each(BODIES)(
    "%s: both spellings of a field with different values are a 422 naming both",
    async (body) => {
      const refused = await send(body, { title: "x", publicStats: true, public_stats: false });
      expect(refused.status).toBe(422);
      expect(refused.message).toContain("'public_stats'");
      expect(refused.message).toContain("'publicStats'");
      const agreed = await send(body, { tagNames: ["alpha"], tag_names: ["alpha"] });
      expect(agreed.status, agreed.message).toBe(200);
    },
  );

  it("accepts the empty values of unsupported options, as the Link echoes them", async () => {
    const result = await send("create", { testVariants: null, webhookIds: [], prefix: "", rules: null });
    expect(result.status, result.message).toBe(200);
    expect(result.link).toMatchObject({ testVariants: null, webhookIds: [] });
  });
});
