import "server-only";
import { and, asc, desc, eq, ne, type SQL, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { lockProject } from "@/db/queries/projects";
import type { Refusal, Result } from "@/db/result";
import { type Domain, domains, links } from "@/db/schema";
import { createId } from "@/lib/ids";

/** What a create or update may set; `primary: true` also unsets the project's other primary domain. */
type DomainFields = {
  archived?: boolean | undefined;
  placeholder?: string | null | undefined;
  expiredUrl?: string | null | undefined;
  notFoundUrl?: string | null | undefined;
  logo?: string | null | undefined;
  primary?: boolean | undefined;
};

export async function listDomains({
  projectId,
  archived,
  search,
  page,
  pageSize,
}: {
  projectId: string;
  archived: boolean;
  search?: string | undefined;
  page: number;
  pageSize: number;
}): Promise<Domain[]> {
  const filters: SQL[] = [eq(domains.projectId, projectId), eq(domains.archived, archived)];
  if (search) filters.push(sql`strpos(${domains.slug}, lower(${search})) > 0`);
  return db
    .select()
    .from(domains)
    .where(and(...filters))
    .orderBy(desc(domains.primary), asc(domains.createdAt), asc(domains.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function getDomain({
  projectId,
  slug,
}: {
  projectId: string;
  slug: string;
}): Promise<Domain | null> {
  return findDomain(db, projectId, slug);
}

/** Why a domain change is refused: the project has the hostname already, another project holds it verified, or a
 * domain that is not verified was to become primary. */
export type DomainRefusal = Refusal<"duplicate" | "verified_elsewhere" | "unverified">;

/**
 * Adds a pending domain (never primary: only a verified domain may be). Other projects' pending claims on the
 * hostname do not stand in the way; one that holds it verified does.
 */
export async function createDomain({
  projectId,
  slug,
  ...fields
}: { projectId: string; slug: string } & DomainFields): Promise<Result<{ domain: Domain }, DomainRefusal>> {
  if (fields.primary === true) return { ok: false, reason: "unverified" };
  try {
    return await db.transaction(async (tx): Promise<Result<{ domain: Domain }, DomainRefusal>> => {
      await lockProject(projectId, tx);
      await lockHostname(tx, slug);
      if (await isVerifiedElsewhere(tx, projectId, slug)) return { ok: false, reason: "verified_elsewhere" };
      const [domain] = await tx
        .insert(domains)
        .values({
          id: createId("dom"),
          projectId,
          slug,
          archived: fields.archived ?? false,
          placeholder: fields.placeholder ?? null,
          expiredUrl: fields.expiredUrl ?? null,
          notFoundUrl: fields.notFoundUrl ?? null,
          logo: fields.logo ?? null,
        })
        .returning();
      if (!domain) throw new Error("insert returned no domain");
      return { ok: true, domain };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "duplicate" };
    throw error;
  }
}

/**
 * Updates a domain. A new slug renames it and moves its links along; the new hostname is pending (and so not
 * primary) until verified. `primary: true` needs a verified domain and unsets the project's other primary one.
 * Undefined fields keep their value.
 */
export async function updateDomain({
  projectId,
  slug,
  changes,
}: {
  projectId: string;
  slug: string;
  changes: DomainFields & { slug?: string | undefined };
}): Promise<Result<{ domain: Domain }, Refusal<"not_found"> | DomainRefusal>> {
  type Answer = Result<{ domain: Domain }, Refusal<"not_found"> | DomainRefusal>;
  try {
    return await db.transaction(async (tx): Promise<Answer> => {
      await lockProject(projectId, tx);
      const current = await findDomain(tx, projectId, slug);
      if (!current) return { ok: false, reason: "not_found" };
      const renamed = changes.slug !== undefined && changes.slug !== current.slug;
      if (changes.primary === true && (renamed || !current.verified))
        return { ok: false, reason: "unverified" };
      if (renamed && changes.slug) {
        await lockHostname(tx, changes.slug);
        if (await isVerifiedElsewhere(tx, projectId, changes.slug))
          return { ok: false, reason: "verified_elsewhere" };
      }
      if (changes.primary === true && !current.primary) await unsetPrimary(projectId, tx);
      const set = definedOnly({
        slug: changes.slug,
        archived: changes.archived,
        placeholder: changes.placeholder,
        expiredUrl: changes.expiredUrl,
        notFoundUrl: changes.notFoundUrl,
        logo: changes.logo,
        primary: renamed ? false : changes.primary,
        verified: renamed ? false : undefined,
      });
      if (Object.keys(set).length === 0) return { ok: true, domain: current };
      const [domain] = await tx.update(domains).set(set).where(eq(domains.id, current.id)).returning();
      if (!domain) throw new Error("update returned no domain");
      if (renamed) {
        await tx
          .update(links)
          .set({ domain: domain.slug })
          .where(and(eq(links.projectId, projectId), eq(links.domain, current.slug)));
      }
      return { ok: true, domain };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "duplicate" };
    throw error;
  }
}

/**
 * Records that DNS proved the project's claim (the TXT record held `token`). The hostname then belongs to this
 * project alone: every other project's pending claim on it is deleted, with the links they made on it, so that
 * no short-link key on the hostname stays taken by a project that could not prove it.
 */
export async function markDomainVerified({
  projectId,
  slug,
  token,
}: {
  projectId: string;
  slug: string;
  token: string;
}): Promise<Result<{ domain: Domain }, Refusal<"not_found" | "verified_elsewhere">>> {
  type Answer = Result<{ domain: Domain }, Refusal<"not_found" | "verified_elsewhere">>;
  try {
    return await db.transaction(async (tx): Promise<Answer> => {
      await lockHostname(tx, slug);
      const current = await findDomain(tx, projectId, slug);
      if (!current || current.verificationToken !== token) return { ok: false, reason: "not_found" };
      if (current.verified) return { ok: true, domain: current };
      if (await isVerifiedElsewhere(tx, projectId, slug)) return { ok: false, reason: "verified_elsewhere" };
      const [domain] = await tx
        .update(domains)
        .set({ verified: true })
        .where(eq(domains.id, current.id))
        .returning();
      if (!domain) throw new Error("update returned no domain");
      await tx.delete(domains).where(and(eq(domains.slug, slug), ne(domains.projectId, projectId)));
      await tx.delete(links).where(and(eq(links.domain, slug), ne(links.projectId, projectId)));
      return { ok: true, domain };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "verified_elsewhere" };
    throw error;
  }
}

/**
 * Records that DNS no longer holds the project's record: the domain is pending again and stops serving short
 * links, and, since only a verified domain may be primary, is no longer primary. Null when the project has no
 * such domain.
 */
export async function markDomainPending({
  projectId,
  slug,
}: {
  projectId: string;
  slug: string;
}): Promise<Domain | null> {
  const [domain] = await db
    .update(domains)
    .set({ verified: false, primary: false })
    .where(and(eq(domains.projectId, projectId), eq(domains.slug, slug)))
    .returning();
  return domain ?? null;
}

/**
 * Deletes a domain and every link on it, in one transaction. No other domain becomes primary in its place: new
 * links go to the app's own domain until one is made primary. False when the project has no such domain.
 */
export async function deleteDomain({
  projectId,
  slug,
}: {
  projectId: string;
  slug: string;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockProject(projectId, tx);
    const [deleted] = await tx
      .delete(domains)
      .where(and(eq(domains.projectId, projectId), eq(domains.slug, slug)))
      .returning();
    if (!deleted) return false;
    await tx.delete(links).where(and(eq(links.projectId, projectId), eq(links.domain, deleted.slug)));
    return true;
  });
}

/** Serialises every claim on one hostname (create, rename, verify), so that two cannot race past each other. */
async function lockHostname(executor: Executor, slug: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`domain:${slug}`}))`);
}

async function isVerifiedElsewhere(executor: Executor, projectId: string, slug: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: domains.id })
    .from(domains)
    .where(and(eq(domains.slug, slug), eq(domains.verified, true), ne(domains.projectId, projectId)))
    .limit(1);
  return Boolean(row);
}

async function findDomain(executor: Executor, projectId: string, slug: string): Promise<Domain | null> {
  const [domain] = await executor
    .select()
    .from(domains)
    .where(and(eq(domains.projectId, projectId), eq(domains.slug, slug)))
    .limit(1);
  return domain ?? null;
}

async function unsetPrimary(projectId: string, executor: Executor): Promise<void> {
  await executor
    .update(domains)
    .set({ primary: false })
    .where(and(eq(domains.projectId, projectId), eq(domains.primary, true)));
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
