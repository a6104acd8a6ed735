import "server-only";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
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

/**
 * Adds a domain. The project's first domain becomes its primary one. "conflict" when any project has the slug:
 * a hostname belongs to one project at most.
 */
export async function createDomain({
  projectId,
  slug,
  ...fields
}: { projectId: string; slug: string } & DomainFields): Promise<
  Result<{ domain: Domain }, Refusal<"conflict">>
> {
  try {
    return await db.transaction(async (tx) => {
      await lockProject(projectId, tx);
      const [existing] = await tx
        .select({ id: domains.id })
        .from(domains)
        .where(eq(domains.projectId, projectId))
        .limit(1);
      const primary = !existing || fields.primary === true;
      if (primary && existing) await unsetPrimary(projectId, tx);
      const [domain] = await tx
        .insert(domains)
        .values({
          id: createId("dom"),
          projectId,
          slug,
          // No DNS checks happen in this app: every domain is created unverified, and nothing verifies it later.
          verified: false,
          primary,
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
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** Updates a domain; a new slug renames it and moves its links along. Undefined fields keep their value. */
export async function updateDomain({
  projectId,
  slug,
  changes,
}: {
  projectId: string;
  slug: string;
  changes: DomainFields & { slug?: string | undefined };
}): Promise<Result<{ domain: Domain }, Refusal<"not_found" | "conflict">>> {
  try {
    return await db.transaction(
      async (tx): Promise<Result<{ domain: Domain }, Refusal<"not_found" | "conflict">>> => {
        await lockProject(projectId, tx);
        const current = await findDomain(tx, projectId, slug);
        if (!current) return { ok: false, reason: "not_found" };
        if (changes.primary === true && !current.primary) await unsetPrimary(projectId, tx);
        const set = definedOnly({
          slug: changes.slug,
          archived: changes.archived,
          placeholder: changes.placeholder,
          expiredUrl: changes.expiredUrl,
          notFoundUrl: changes.notFoundUrl,
          logo: changes.logo,
          primary: changes.primary,
        });
        if (Object.keys(set).length === 0) return { ok: true, domain: current };
        const [domain] = await tx.update(domains).set(set).where(eq(domains.id, current.id)).returning();
        if (!domain) throw new Error("update returned no domain");
        if (domain.slug !== current.slug) {
          await tx
            .update(links)
            .set({ domain: domain.slug })
            .where(and(eq(links.projectId, projectId), eq(links.domain, current.slug)));
        }
        return { ok: true, domain };
      },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/**
 * Deletes a domain and every link on it, in one transaction. When it was the primary domain, the oldest
 * remaining one (active before archived) takes over. False when the project has no such domain.
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
    if (deleted.primary) {
      const [next] = await tx
        .select({ id: domains.id })
        .from(domains)
        .where(eq(domains.projectId, projectId))
        .orderBy(asc(domains.archived), asc(domains.createdAt), asc(domains.id))
        .limit(1);
      if (next) await tx.update(domains).set({ primary: true }).where(eq(domains.id, next.id));
    }
    return true;
  });
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
