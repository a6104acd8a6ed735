import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import type { Refusal, Result } from "@/db/result";
import { type Tag, tags } from "@/db/schema";
import { createId } from "@/lib/ids";
import { TAG_COLORS, type TagColor } from "@/lib/tag-colors";

export async function listTags({
  projectId,
  search,
  ids,
  sortBy,
  sortOrder,
  page,
  pageSize,
}: {
  projectId: string;
  search?: string | undefined;
  ids?: string[] | undefined;
  sortBy: "name" | "createdAt";
  sortOrder: "asc" | "desc";
  page: number;
  pageSize: number;
}): Promise<Tag[]> {
  const filters: SQL[] = [eq(tags.projectId, projectId)];
  if (search) filters.push(sql`strpos(lower(${tags.name}), lower(${search})) > 0`);
  if (ids?.length) filters.push(inArray(tags.id, ids));
  const direction = sortOrder === "asc" ? asc : desc;
  return db
    .select()
    .from(tags)
    .where(and(...filters))
    .orderBy(direction(sortBy === "name" ? tags.name : tags.createdAt), direction(tags.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function getTag({ projectId, id }: { projectId: string; id: string }): Promise<Tag | null> {
  const [tag] = await db
    .select()
    .from(tags)
    .where(and(eq(tags.projectId, projectId), eq(tags.id, id)))
    .limit(1);
  return tag ?? null;
}

/** Creates a tag, in a random colour unless one is given; refused as "conflict" when the project has the name (any case). */
export async function createTag({
  projectId,
  name,
  color,
}: {
  projectId: string;
  name: string;
  color?: TagColor | undefined;
}): Promise<Result<{ tag: Tag }, Refusal<"conflict">>> {
  try {
    const [tag] = await db
      .insert(tags)
      .values({ id: createId("tag"), projectId, name, color: color ?? randomTagColor() })
      .returning();
    if (!tag) throw new Error("insert returned no tag");
    return { ok: true, tag };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** Renames or recolours a tag; fields left undefined keep their value. */
export async function updateTag({
  projectId,
  id,
  name,
  color,
}: {
  projectId: string;
  id: string;
  name?: string | undefined;
  color?: TagColor | undefined;
}): Promise<Result<{ tag: Tag }, Refusal<"not_found" | "conflict">>> {
  const changes = { ...(name !== undefined && { name }), ...(color !== undefined && { color }) };
  if (Object.keys(changes).length === 0) {
    const tag = await getTag({ projectId, id });
    return tag ? { ok: true, tag } : { ok: false, reason: "not_found" };
  }
  try {
    const [tag] = await db
      .update(tags)
      .set(changes)
      .where(and(eq(tags.projectId, projectId), eq(tags.id, id)))
      .returning();
    return tag ? { ok: true, tag } : { ok: false, reason: "not_found" };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** Deletes a tag; `link_tags` cascades, so every link loses it. False when the project has no such tag. */
export async function deleteTag({ projectId, id }: { projectId: string; id: string }): Promise<boolean> {
  const deleted = await db
    .delete(tags)
    .where(and(eq(tags.projectId, projectId), eq(tags.id, id)))
    .returning({ id: tags.id });
  return deleted.length > 0;
}

function randomTagColor(): TagColor {
  return TAG_COLORS[randomInt(TAG_COLORS.length)] ?? "blue";
}
