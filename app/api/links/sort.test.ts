import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { links } from "@/db/schema";
import { LINK_SORT_FIELDS, type LinkSortField } from "@/lib/link-sort";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { GET } from "./route";
import { list } from "./test-helpers";

setupTestDatabase();

const minute = (n: number) => new Date(Date.UTC(2030, 0, 1, 12, n));

/** Five links with ties in every sort field but createdAt, and two never clicked. */
const KNOWN = [
  { n: 1, createdAt: minute(1), clicks: 5, lastClicked: minute(30), saleAmount: 100 },
  { n: 2, createdAt: minute(2), clicks: 5, lastClicked: null, saleAmount: 0 },
  { n: 3, createdAt: minute(3), clicks: 0, lastClicked: null, saleAmount: 300 },
  { n: 4, createdAt: minute(4), clicks: 9, lastClicked: minute(10), saleAmount: 100 },
  { n: 5, createdAt: minute(5), clicks: 1, lastClicked: minute(30), saleAmount: 50 },
];

/** Ascending, ties by id ascending; never clicked before any click. Descending is the exact reverse. */
const ASCENDING: Record<LinkSortField, number[]> = {
  createdAt: [1, 2, 3, 4, 5],
  clicks: [3, 5, 1, 2, 4],
  lastClicked: [2, 3, 4, 1, 5],
  saleAmount: [2, 5, 1, 4, 3],
};

const ORDERS = LINK_SORT_FIELDS.flatMap((sortBy) =>
  (["asc", "desc"] as const).map((sortOrder) => ({
    sortBy,
    sortOrder,
    expected: sortOrder === "asc" ? ASCENDING[sortBy] : [...ASCENDING[sortBy]].reverse(),
  })),
);

describe("GET /api/links sorting and cursors", () => {
  let secret = "";
  const idOf = new Map<number, string>();
  const numbers = (found: { id: string }[]) =>
    found.map((link) => [...idOf].find(([, id]) => id === link.id)?.[0]);

  beforeAll(async () => {
    const owner = await projectWithKey();
    secret = owner.secret;
    const prefix = unique("link_sort");
    const rows = KNOWN.map(({ n, ...values }) => {
      idOf.set(n, `${prefix}_${n}`);
      return {
        id: `${prefix}_${n}`,
        projectId: owner.project.id,
        domain: "sort.example",
        key: `${prefix}-${n}`,
        url: `https://example.com/${n}`,
        ...values,
      };
    });
    await db.insert(links).values(rows);
  });

  it("lists newest first by default", async () => {
    expect(numbers(await list(secret))).toEqual([5, 4, 3, 2, 1]);
  });

  it.each(ORDERS)("sortBy=$sortBy&sortOrder=$sortOrder lists in that order, page by page", async (order) => {
    const { sortBy, sortOrder, expected } = order;
    const sorted = `?sortBy=${sortBy}&sortOrder=${sortOrder}`;
    expect(numbers(await list(secret, sorted))).toEqual(expected);
    expect(numbers(await list(secret, `${sorted}&page=2&pageSize=2`))).toEqual(expected.slice(2, 4));
    expect(numbers(await list(secret, `?sort=${sortBy}&sortOrder=${sortOrder}`))).toEqual(expected);
  });

  it.each(ORDERS)(
    "sortBy=$sortBy&sortOrder=$sortOrder walks forward and backward by cursor",
    async (order) => {
      const { sortBy, sortOrder, expected } = order;
      const sorted = `?sortBy=${sortBy}&sortOrder=${sortOrder}&pageSize=2`;
      const forward: (number | undefined)[] = [];
      let page = await list(secret, sorted);
      while (page.length > 0) {
        forward.push(...numbers(page));
        page = await list(secret, `${sorted}&startingAfter=${page.at(-1)?.id}`);
      }
      expect(forward).toEqual(expected);

      const backward: (number | undefined)[] = [];
      page = [{ id: idOf.get(expected.at(-1) ?? 0) ?? "", key: "", domain: "" }];
      while (page.length > 0) {
        page = await list(secret, `${sorted}&endingBefore=${page[0]?.id}`);
        backward.unshift(...numbers(page));
      }
      expect(backward).toEqual(expected.slice(0, -1));
    },
  );

  it("finds nothing after an unknown cursor", async () => {
    expect(await list(secret, "?startingAfter=link_nope")).toEqual([]);
  });

  it.each([
    ["?sortBy=name", "Invalid 'sortBy'"],
    ["?sortOrder=up", "Invalid 'sortOrder'"],
    ["?sort=title", "Invalid 'sort'"],
    ["?order=asc", "Unknown query parameter 'order'"],
    ["?limit=5&offset=1", "Unknown query parameter 'limit', 'offset'"],
  ])("answers 422 naming the parameter for %s, never ignoring it", async (query, message) => {
    const response = await callRoute(GET, { url: `/api/links${query}`, secret });
    expect(response.status).toBe(422);
    expect((response.body as { error: { message: string } }).error.message).toContain(message);
  });
});
