// What resolving a short link and recording its clicks read and write.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { type Click, clicks, type Domain, domains, type Link, links } from "@/db/schema";

/** Whether a hostname is one of some project's short-link domains. */
export async function isProjectDomain({ host }: { host: string }): Promise<boolean> {
  const [row] = await db.select({ id: domains.id }).from(domains).where(eq(domains.slug, host)).limit(1);
  return Boolean(row);
}

/** The project domain with this hostname, whichever project has it. */
export async function findDomainByHost({ host }: { host: string }): Promise<Domain | null> {
  const [domain] = await db.select().from(domains).where(eq(domains.slug, host)).limit(1);
  return domain ?? null;
}

/** The link at `domain`/`key`, whichever project has it (a domain belongs to one project at most). */
export async function findLinkAt({ domain, key }: { domain: string; key: string }): Promise<Link | null> {
  const [link] = await db
    .select()
    .from(links)
    .where(and(eq(links.domain, domain), eq(links.key, key)))
    .limit(1);
  return link ?? null;
}

/** Stores one click and bumps its link's counter and last-clicked time, in one transaction. */
export async function insertClick(click: Click): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(clicks).values(click);
    await tx
      .update(links)
      .set({ clicks: sql`${links.clicks} + 1`, lastClicked: click.timestamp })
      .where(eq(links.id, click.linkId));
  });
}
