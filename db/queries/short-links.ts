// What resolving a short link and recording its clicks read and write.
import "server-only";
import { and, eq, exists, notExists, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { type Click, clicks, type Domain, domains, type Link, links } from "@/db/schema";

/** Whether a hostname is a project's verified short-link domain (a pending claim serves nothing). */
export async function isProjectDomain({ host }: { host: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: domains.id })
    .from(domains)
    .where(and(eq(domains.slug, host), eq(domains.verified, true)))
    .limit(1);
  return Boolean(row);
}

/** The verified project domain with this hostname, whichever project holds it (one at most). */
export async function findDomainByHost({ host }: { host: string }): Promise<Domain | null> {
  const [domain] = await db
    .select()
    .from(domains)
    .where(and(eq(domains.slug, host), eq(domains.verified, true)))
    .limit(1);
  return domain ?? null;
}

/**
 * The link at `domain`/`key`, whichever project has it, when it may be served: on a hostname no project claims
 * (the app's own), or on one its own project has verified. A link on a pending domain is not found.
 */
export async function findLinkAt({ domain, key }: { domain: string; key: string }): Promise<Link | null> {
  const claim = (condition?: SQL) =>
    db
      .select({ id: domains.id })
      .from(domains)
      .where(and(eq(domains.slug, links.domain), condition));
  const [link] = await db
    .select()
    .from(links)
    .where(
      and(
        eq(links.domain, domain),
        eq(links.key, key),
        or(
          notExists(claim()),
          exists(claim(and(eq(domains.projectId, links.projectId), eq(domains.verified, true)))),
        ),
      ),
    )
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
