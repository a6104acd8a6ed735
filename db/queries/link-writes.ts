// Writing a project's links: create (one or bulk), update, upsert and delete, each in one transaction.
import "server-only";
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import {
  type CreateLinkInput,
  type LinkRefusal,
  type LinkResult,
  type LinkWrite,
  type LinkWriteContext,
  refuseLink as refuse,
} from "@/db/queries/link-inputs";
import { type LinkRef, type LinkTag, refCondition, withTags } from "@/db/queries/links";
import { lockProject } from "@/db/queries/projects";
import type { Result } from "@/db/result";
import { domains, type Link, links, linkTags, tags } from "@/db/schema";
import { createId, randomBase62 } from "@/lib/ids";

const KEY_ATTEMPTS = 5;

type ProjectDomain = { slug: string; primary: boolean };

function resolveDomain(
  ctx: LinkWriteContext,
  owned: ProjectDomain[],
  requested: string | undefined,
): Result<{ domain: string }, LinkRefusal> {
  if (requested === undefined) return { ok: true, domain: owned.find((d) => d.primary)?.slug ?? ctx.appHost };
  if (requested === ctx.appHost || owned.some((d) => d.slug === requested))
    return { ok: true, domain: requested };
  return refuse("foreign_domain", requested);
}

const projectDomains = (tx: Executor, projectId: string): Promise<ProjectDomain[]> =>
  tx
    .select({ slug: domains.slug, primary: domains.primary })
    .from(domains)
    .where(eq(domains.projectId, projectId));

/** The tags to assign, by name: every id and name must be one of this project's tags (locked until commit). */
export async function resolveTags(
  tx: Executor,
  projectId: string,
  wanted: NonNullable<LinkWrite["tags"]>,
): Promise<Result<{ tags: LinkTag[] }, LinkRefusal>> {
  const names = wanted.names.map((name) => name.toLowerCase());
  if (wanted.ids.length === 0 && names.length === 0) return { ok: true, tags: [] };
  const found = await tx
    .select({ id: tags.id, name: tags.name, color: tags.color })
    .from(tags)
    .where(
      and(
        eq(tags.projectId, projectId),
        or(
          wanted.ids.length > 0 ? inArray(tags.id, wanted.ids) : undefined,
          names.length > 0 ? inArray(sql`lower(${tags.name})`, names) : undefined,
        ),
      ),
    )
    .orderBy(asc(tags.name), asc(tags.id))
    .for("share");
  const missingId = wanted.ids.find((id) => !found.some((tag) => tag.id === id));
  if (missingId) {
    return refuse("unknown_tag_id", missingId);
  }
  const missingName = names.find((name) => !found.some((tag) => tag.name.toLowerCase() === name));
  if (missingName) {
    return refuse("unknown_tag_name", missingName);
  }
  return { ok: true, tags: found };
}

/** Sets a link's tags when `assigned` is given (else leaves them), and answers the link with its tags. */
async function tagLink(
  tx: Executor,
  row: Link,
  assigned: LinkTag[] | undefined,
  replace: boolean,
): Promise<LinkResult> {
  if (assigned === undefined)
    return { ok: true, link: (await withTags([row], tx))[0] ?? { ...row, tags: [] } };
  if (replace) await tx.delete(linkTags).where(eq(linkTags.linkId, row.id));
  if (assigned.length > 0) {
    await tx.insert(linkTags).values(assigned.map((tag) => ({ linkId: row.id, tagId: tag.id })));
  }
  return { ok: true, link: { ...row, tags: assigned } };
}

async function externalIdTaken(tx: Executor, projectId: string, externalId: string, exceptId = "") {
  const [row] = await tx
    .select({ id: links.id })
    .from(links)
    .where(and(eq(links.projectId, projectId), eq(links.externalId, externalId), ne(links.id, exceptId)))
    .limit(1);
  return Boolean(row);
}

/** Inserts one link. A conflict never aborts the transaction (ON CONFLICT DO NOTHING), so bulk can go on. */
async function insertLink(
  tx: Executor,
  ctx: LinkWriteContext,
  owned: ProjectDomain[],
  input: CreateLinkInput,
): Promise<LinkResult> {
  const domain = resolveDomain(ctx, owned, input.domain);
  if (!domain.ok) return domain;
  const assigned = input.tags && (await resolveTags(tx, ctx.projectId, input.tags));
  if (assigned && !assigned.ok) return assigned;
  const { externalId } = input.columns;
  for (let attempt = 0; attempt < KEY_ATTEMPTS; attempt++) {
    if (externalId && (await externalIdTaken(tx, ctx.projectId, externalId))) {
      return refuse("external_id_taken");
    }
    const [row] = await tx
      .insert(links)
      .values({
        ...input.columns,
        id: createId("link"),
        projectId: ctx.projectId,
        userId: ctx.userId,
        domain: domain.domain,
        key: input.key ?? randomBase62(input.keyLength ?? 7),
      })
      .onConflictDoNothing()
      .returning();
    if (row) return tagLink(tx, row, assigned?.tags, false);
    if (input.key !== undefined) return refuse("key_taken");
  }
  return refuse("no_free_key");
}

/** Creates links in one transaction; each item is the link or why it was refused (bulk reports per item). */
export async function createLinks(ctx: LinkWriteContext, inputs: CreateLinkInput[]): Promise<LinkResult[]> {
  return db.transaction(async (tx) => {
    const owned = await projectDomains(tx, ctx.projectId);
    const results: LinkResult[] = [];
    for (const input of inputs) results.push(await insertLink(tx, ctx, owned, input));
    return results;
  });
}

async function applyUpdate(
  tx: Executor,
  ctx: LinkWriteContext,
  existing: Link,
  input: LinkWrite,
): Promise<LinkResult> {
  const owned = input.domain === undefined ? [] : await projectDomains(tx, ctx.projectId);
  const domain =
    input.domain === undefined
      ? { ok: true as const, domain: existing.domain }
      : resolveDomain(ctx, owned, input.domain);
  if (!domain.ok) return domain;
  const key = input.key ?? existing.key;
  if (domain.domain !== existing.domain || key !== existing.key) {
    const [taken] = await tx
      .select({ id: links.id })
      .from(links)
      .where(and(eq(links.domain, domain.domain), eq(links.key, key), ne(links.id, existing.id)))
      .limit(1);
    if (taken) return refuse("key_taken");
  }
  const { externalId } = input.columns;
  if (externalId && (await externalIdTaken(tx, ctx.projectId, externalId, existing.id))) {
    return refuse("external_id_taken");
  }
  const assigned = input.tags && (await resolveTags(tx, ctx.projectId, input.tags));
  if (assigned && !assigned.ok) return assigned;
  const [row] = await tx
    .update(links)
    .set({ ...input.columns, domain: domain.domain, key, updatedAt: new Date() })
    .where(and(eq(links.projectId, ctx.projectId), eq(links.id, existing.id)))
    .returning();
  if (!row) return refuse("not_found");
  return tagLink(tx, row, assigned?.tags, true);
}

/** A unique violation that slipped past the checks (a concurrent write) is still a 409, never a 500. */
async function mapConflict(write: () => Promise<LinkResult>): Promise<LinkResult> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refuse("key_or_external_id_taken");
    }
    throw error;
  }
}

/** Updates only the fields sent; `tags` given replaces the link's tags. */
export function updateLink(ctx: LinkWriteContext, ref: LinkRef, input: LinkWrite): Promise<LinkResult> {
  return mapConflict(() =>
    db.transaction(async (tx) => {
      const [existing] = await tx
        .select()
        .from(links)
        .where(refCondition(ctx.projectId, ref))
        .limit(1)
        .for("update");
      if (!existing) return refuse("not_found");
      return applyUpdate(tx, ctx, existing, input);
    }),
  );
}

/** Updates the project's newest link with this URL, or creates one; serialised per project by a row lock. */
export function upsertLink(ctx: LinkWriteContext, input: CreateLinkInput): Promise<LinkResult> {
  return mapConflict(() =>
    db.transaction(async (tx) => {
      await lockProject(ctx.projectId, tx);
      const [existing] = await tx
        .select()
        .from(links)
        .where(and(eq(links.projectId, ctx.projectId), eq(links.url, input.columns.url)))
        .orderBy(desc(links.createdAt), asc(links.id))
        .limit(1);
      if (existing) return applyUpdate(tx, ctx, existing, input);
      return insertLink(tx, ctx, await projectDomains(tx, ctx.projectId), input);
    }),
  );
}

/** Deletes the link (its tags and clicks cascade); null when the project has no such link. */
export async function deleteLink({ projectId, ref }: { projectId: string; ref: LinkRef }) {
  const [row] = await db.delete(links).where(refCondition(projectId, ref)).returning({ id: links.id });
  return row ?? null;
}
