import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { type AuditContext, insertAuditEntry } from "@/db/queries/audit-log";
import { lockProject } from "@/db/queries/projects";
import { type PublishableKey, projects, publishableKeys } from "@/db/schema";

export async function getPublishableKey({
  projectId,
}: {
  projectId: string;
}): Promise<PublishableKey | null> {
  const [key] = await db
    .select()
    .from(publishableKeys)
    .where(eq(publishableKeys.projectId, projectId))
    .limit(1);
  return key ?? null;
}

/**
 * Stores `token` as the project's publishable key, replacing the previous one (which stops working at once);
 * one audit entry, "regenerated" when there was a previous key.
 */
export async function replacePublishableKey(
  input: { projectId: string; token: string } & AuditContext,
): Promise<PublishableKey> {
  const { token } = input;
  return db.transaction(async (tx) => {
    await lockProject(input.projectId, tx);
    const [previous] = await tx
      .delete(publishableKeys)
      .where(eq(publishableKeys.projectId, input.projectId))
      .returning({ token: publishableKeys.token });
    const [key] = await tx
      .insert(publishableKeys)
      .values({ projectId: input.projectId, token, createdById: input.actor.id })
      .returning();
    if (!key) throw new Error("insert returned no publishable key");
    await insertAuditEntry(tx, {
      projectId: input.projectId,
      // A replacement is one event, not a revocation and a generation: the log reads as what the owner did.
      action: previous ? "publishable_key.regenerated" : "publishable_key.generated",
      actor: input.actor,
      target: { id: null, name: token },
      ...(previous && { metadata: { previousKey: previous.token } }),
      ipAddress: input.ipAddress,
    });
    return key;
  });
}

export async function revokePublishableKey(input: { projectId: string } & AuditContext): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [key] = await tx
      .delete(publishableKeys)
      .where(eq(publishableKeys.projectId, input.projectId))
      .returning({ token: publishableKeys.token });
    if (!key) return false;
    await insertAuditEntry(tx, {
      projectId: input.projectId,
      action: "publishable_key.revoked",
      actor: input.actor,
      target: { id: null, name: key.token },
      ipAddress: input.ipAddress,
    });
    return true;
  });
}

/** The project whose publishable key this is, or null. */
export async function findProjectByPublishableKey({ token }: { token: string }) {
  const [row] = await db
    .select({ id: projects.id, slug: projects.slug, name: projects.name, plan: projects.plan })
    .from(publishableKeys)
    .innerJoin(projects, eq(projects.id, publishableKeys.projectId))
    .where(eq(publishableKeys.token, token))
    .limit(1);
  return row ?? null;
}
