// Writing many of a project's links at once: the same update for up to 100 links, and bulk delete.
import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { db } from "@/db";
import {
  type LinkIdRef,
  type LinkRefusal,
  type LinkWrite,
  type LinkWriteContext,
  refuseLink as refuse,
} from "@/db/queries/link-inputs";
import { resolveTags } from "@/db/queries/link-writes";
import { type LinkWithTags, withTags } from "@/db/queries/links";
import type { Result } from "@/db/result";
import { type Link, links, linkTags } from "@/db/schema";

const idsOf = (refs: LinkIdRef[]) => refs.flatMap((ref) => ("id" in ref ? [ref.id] : []));
const externalIdsOf = (refs: LinkIdRef[]) =>
  refs.flatMap((ref) => ("externalId" in ref ? [ref.externalId] : []));
const names = (link: Link, ref: LinkIdRef) =>
  "id" in ref ? link.id === ref.id : link.externalId === ref.externalId;

/** The project's links named by `refs` (and only the project's: another project's id matches nothing). */
function refsCondition(projectId: string, refs: LinkIdRef[]) {
  const [ids, externalIds] = [idsOf(refs), externalIdsOf(refs)];
  const named = or(
    ids.length > 0 ? inArray(links.id, ids) : undefined,
    externalIds.length > 0 ? inArray(links.externalId, externalIds) : undefined,
  );
  return named && and(eq(links.projectId, projectId), named);
}

/** Where a link was first named in `refs`: the answer keeps the caller's order. */
const position = (refs: LinkIdRef[], link: Link) => refs.findIndex((ref) => names(link, ref));

/**
 * Sets the same columns (and tags, when given) on every link `refs` names, in one transaction: all of them or,
 * when one is not the project's (unknown, or another project's: both are simply not found), none.
 * Domain, key and externalId are not part of a bulk update.
 */
export function updateLinks(
  ctx: LinkWriteContext,
  refs: LinkIdRef[],
  input: LinkWrite,
): Promise<Result<{ links: LinkWithTags[] }, LinkRefusal>> {
  return db.transaction(async (tx) => {
    const condition = refsCondition(ctx.projectId, refs);
    if (!condition) return { ok: true, links: [] };
    const found = await tx.select().from(links).where(condition).orderBy(asc(links.id)).for("update");
    const missing = refs.find((ref) => !found.some((link) => names(link, ref)));
    if (missing) return refuse("not_found", "id" in missing ? missing.id : `ext_${missing.externalId}`);
    const assigned = input.tags && (await resolveTags(tx, ctx.projectId, input.tags));
    if (assigned && !assigned.ok) return assigned;
    const linkIds = found.map((link) => link.id);
    const rows = await tx
      .update(links)
      .set({ ...input.columns, updatedAt: new Date() })
      .where(and(eq(links.projectId, ctx.projectId), inArray(links.id, linkIds)))
      .returning();
    if (assigned) {
      await tx.delete(linkTags).where(inArray(linkTags.linkId, linkIds));
      const pairs = linkIds.flatMap((linkId) => assigned.tags.map((tag) => ({ linkId, tagId: tag.id })));
      if (pairs.length > 0) await tx.insert(linkTags).values(pairs);
    }
    const updated = assigned
      ? rows.map((row) => ({ ...row, tags: assigned.tags }))
      : await withTags(rows, tx);
    return { ok: true, links: updated.sort((a, b) => position(refs, a) - position(refs, b)) };
  });
}

/** Deletes the project's links that `refs` names (their tags and clicks cascade); unknown refs are skipped. */
export async function deleteLinks({ projectId, refs }: { projectId: string; refs: LinkIdRef[] }) {
  const condition = refsCondition(projectId, refs);
  if (!condition) return 0;
  const deleted = await db.delete(links).where(condition).returning({ id: links.id });
  return deleted.length;
}
