import { eq } from "drizzle-orm";
import { db } from "@/db";
import { type Click, clicks, domains, type Link, links, linkTags, tags } from "@/db/schema";
import { appHost } from "@/lib/app-origin";
import { createId } from "@/lib/ids";
import { unique } from "./database";

/** The default domain of links in tests (requests are made to http://localhost:3000). */
export const DEFAULT_HOST = appHost(new Headers({ host: "localhost:3000" }));

/** A link row written directly (the links API is not needed to test what happens to links). */
export async function insertLink(
  projectId: string,
  values: Partial<typeof links.$inferInsert> = {},
): Promise<Link> {
  const [link] = await db
    .insert(links)
    .values({
      id: createId("link"),
      projectId,
      domain: DEFAULT_HOST,
      key: unique("k"),
      url: "https://example.com/",
      ...values,
    })
    .returning();
  if (!link) throw new Error("link not inserted");
  return link;
}

export async function insertDomain(projectId: string, values: Partial<typeof domains.$inferInsert> = {}) {
  const [domain] = await db
    .insert(domains)
    .values({ id: createId("dom"), projectId, slug: `${unique("go")}.example`, verified: true, ...values })
    .returning();
  if (!domain) throw new Error("domain not inserted");
  return domain;
}

/** A tag of the project, put on `link`. */
export async function insertTag(
  projectId: string,
  link: Link,
  values: Pick<typeof tags.$inferInsert, "name" | "color">,
) {
  const [tag] = await db
    .insert(tags)
    .values({ id: createId("tag"), projectId, ...values })
    .returning();
  if (!tag) throw new Error("tag not inserted");
  await db.insert(linkTags).values({ linkId: link.id, tagId: tag.id });
  return tag;
}

/** Click rows for `link`, written directly; each defaults to now and may set any column. */
export async function insertClicks(link: Link, rows: Partial<Omit<Click, "linkId" | "projectId">>[]) {
  if (rows.length === 0) return;
  await db
    .insert(clicks)
    .values(
      rows.map((row) => ({ id: createId("click"), projectId: link.projectId, linkId: link.id, ...row })),
    );
}

export function clicksOf(linkId: string): Promise<Click[]> {
  return db.select().from(clicks).where(eq(clicks.linkId, linkId));
}
