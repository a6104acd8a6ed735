import "server-only";
import { and, eq, or } from "drizzle-orm";
import { db } from "@/db";
import { apiKeys, projectMemberships, projects, users } from "@/db/schema";
import { normalizeScopes, type Permission } from "@/lib/api-keys/permissions";

export type KeyForVerification = {
  id: string;
  name: string;
  scopes: Permission[];
  expiresAt: Date | null;
  /** A revoked key is still found, so that its refusal names it (and the request log records it). */
  revokedAt: Date | null;
  /** Normalised CIDR ranges the key may be used from; empty: any address. */
  allowedIps: string[];
  /** Set when the token matched the key's previous secret, which stops working at this time. */
  graceEndsAt: Date | null;
  project: { id: string; slug: string; name: string; plan: string };
  owner: { id: string; isMachine: boolean; role: "owner" | "member" | null };
};

/** The lookup by hash (current or rolled-out secret), built but not run, so that tests and the bench can EXPLAIN it. */
export function apiKeyByHashQuery(hash: string) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      scopes: apiKeys.scopes,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      allowedIps: apiKeys.allowedIps,
      currentHash: apiKeys.hash,
      previousExpiresAt: apiKeys.previousExpiresAt,
      project: { id: projects.id, slug: projects.slug, name: projects.name, plan: projects.plan },
      ownerId: users.id,
      ownerIsMachine: users.isMachine,
      role: projectMemberships.role,
    })
    .from(apiKeys)
    .innerJoin(projects, eq(projects.id, apiKeys.projectId))
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .leftJoin(
      projectMemberships,
      and(eq(projectMemberships.projectId, apiKeys.projectId), eq(projectMemberships.userId, apiKeys.userId)),
    )
    .where(or(eq(apiKeys.hash, hash), eq(apiKeys.previousHash, hash)))
    .limit(1);
}

/** Finds the key whose current (or rolled-out, still in grace) secret hashes to `hash`. */
export async function findApiKeyByHash({ hash }: { hash: string }): Promise<KeyForVerification | null> {
  const [row] = await apiKeyByHashQuery(hash);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    scopes: normalizeScopes(row.scopes as Permission[]),
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    allowedIps: row.allowedIps,
    graceEndsAt: row.currentHash === hash ? null : (row.previousExpiresAt ?? new Date(0)),
    project: row.project,
    owner: { id: row.ownerId, isMachine: row.ownerIsMachine, role: row.role },
  };
}
