import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { apiKeys, users } from "@/db/schema";

/** Who created the key (its owner, or the owner who made a machine user's key); null once they are deleted. */
export async function getApiKeyCreator(ref: {
  projectId: string;
  keyId: string;
}): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdById))
    .where(and(eq(apiKeys.projectId, ref.projectId), eq(apiKeys.id, ref.keyId)))
    .limit(1);
  return row ?? null;
}
