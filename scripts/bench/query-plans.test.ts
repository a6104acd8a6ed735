import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { apiKeys, links } from "@/db/schema";
import { displayKey, generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { createId } from "@/lib/ids";
import { LINK_SORT_FIELDS, SORT_ORDERS } from "@/lib/link-sort";
import { projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { ownerWithProject } from "@/test/factories";
import { explainHotQueries, type QueryPlan } from "./query-plans";

setupTestDatabase();

const LINKS_PER_PROJECT = 1_000;
const OTHER_KEYS = 1_000;

function linkRows(projectId: string, label: string) {
  const now = Date.now();
  return Array.from({ length: LINKS_PER_PROJECT }, (_, i) => ({
    id: createId("link"),
    projectId,
    domain: "plans.example.com",
    key: `${label}-${i}`,
    url: `https://example.com/${i}`,
    archived: i % 10 === 9,
    createdAt: new Date(now - i * 60_000),
    clicks: (i * 7) % 50,
    saleAmount: (i * 13) % 1_000,
    lastClicked: i % 3 === 0 ? null : new Date(now - ((i * 11) % 500) * 60_000),
  }));
}

describe("query plans of the API's hot paths (EXPLAIN, as the app builds them)", () => {
  let plans: QueryPlan[] = [];

  beforeAll(async () => {
    const { project, secret } = await projectWithKey();
    const other = await ownerWithProject("neighbour");
    const mine = linkRows(project.id, project.slug);
    await db.insert(links).values(mine);
    await db.insert(links).values(linkRows(other.project.id, other.project.slug));
    // Many keys, so that a sequential scan of api_keys is not the cheaper plan it is for a handful of rows.
    const keys = Array.from({ length: OTHER_KEYS }, (_, i) => {
      const token = generateSecretKey();
      return {
        id: createId("key"),
        projectId: other.project.id,
        userId: other.user.id,
        createdById: other.user.id,
        name: `key ${i}`,
        hash: hashApiKey(token),
        displayKey: displayKey(token),
        scopes: ["links.read"],
      };
    });
    await db.insert(apiKeys).values(keys);
    await db.execute(sql`analyze links`);
    await db.execute(sql`analyze api_keys`);
    plans = await explainHotQueries({
      projectId: project.id,
      keyHash: hashApiKey(secret),
      cursorLinkId: mine[100]?.id ?? "",
    });
  });

  const pages = LINK_SORT_FIELDS.flatMap((sortBy) =>
    SORT_ORDERS.flatMap((sortOrder) => {
      const page = `GET /api/links?pageSize=20&sortBy=${sortBy}&sortOrder=${sortOrder}`;
      return [page, `${page}&startingAfter=…`, `${page}&endingBefore=…`];
    }),
  );

  it.each([...pages, "API key lookup by hash (current or previous secret), on a cache miss"])(
    "%s is answered from its index",
    (title) => {
      const plan = plans.find((candidate) => candidate.title === title);
      expect(plan, `no plan titled ${title}`).toBeDefined();
      expect(plan?.usesIndex, `${plan?.verdict}\n${plan?.plan}`).toBe(true);
    },
  );

  it("reads a cursor page from the cursor on: the cursor is the index scan's condition", () => {
    const cursorPlans = plans.filter((plan) => /startingAfter|endingBefore/.test(plan.title));
    expect(cursorPlans).toHaveLength(16);
    for (const { title, plan } of cursorPlans) {
      expect(plan, title).toMatch(/Index Cond: .*ROW\(.*\bid\) [<>] ROW\(/);
      expect(plan, title).not.toMatch(/Filter: .*ROW\(/);
    }
  });
});
