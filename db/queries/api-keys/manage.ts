import "server-only";
import { and, count, desc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { type AuditContext, auditScope, insertAuditEntry } from "@/db/queries/audit-log";
import { lockProject } from "@/db/queries/projects";
import type { Refusal, Result } from "@/db/result";
import { apiKeys, users } from "@/db/schema";
import { normalizeScopes, type Permission, presetOf } from "@/lib/api-keys/permissions";
import { createId } from "@/lib/ids";
import { keyEntry } from "./audit";
import { insertMachineUser } from "./machine-users";

export const MAX_ACTIVE_KEYS_PER_PROJECT = 100;

/** What the key's owner generated: the secret's hash and display form (the secret itself never comes here). */
type StoredSecret = { hash: string; displayKey: string };
export type KeyRef = { projectId: string; keyId: string };

export type ApiKeyListItem = {
  id: string;
  name: string;
  displayKey: string;
  scopes: Permission[];
  expiresAt: Date | null;
  /** Normalised CIDR ranges the key may be used from; empty: any address. */
  allowedIps: string[];
  lastUsedAt: Date | null;
  previousExpiresAt: Date | null;
  createdAt: Date;
  owner: { id: string; name: string; email: string | null; isMachine: boolean };
  revokedAt: Date | null;
  /** Who revoked it (the name is copied, so it outlives them; a null id is the app itself, e.g. "System"). */
  revokedBy: { id: string | null; name: string } | null;
  /** Why, when it was not a plain revoke: "owner left the project", "owner was removed", "leaked", … */
  revokeReason: string | null;
};

const listColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  displayKey: apiKeys.displayKey,
  scopes: apiKeys.scopes,
  expiresAt: apiKeys.expiresAt,
  allowedIps: apiKeys.allowedIps,
  lastUsedAt: apiKeys.lastUsedAt,
  previousExpiresAt: apiKeys.previousExpiresAt,
  createdAt: apiKeys.createdAt,
  owner: { id: users.id, name: users.name, email: users.email, isMachine: users.isMachine },
  revokedAt: apiKeys.revokedAt,
  revokedById: apiKeys.revokedById,
  revokedByName: apiKeys.revokedByName,
  revokeReason: apiKeys.revokeReason,
};

type ListRow = Omit<ApiKeyListItem, "scopes" | "revokedBy"> & {
  scopes: string[];
  revokedById: string | null;
  revokedByName: string | null;
};

function toListItem({ revokedById, revokedByName, ...row }: ListRow): ApiKeyListItem {
  return {
    ...row,
    scopes: normalizeScopes(row.scopes as Permission[]),
    revokedBy: row.revokedAt ? { id: revokedById, name: revokedByName ?? "Unknown" } : null,
  };
}

const selectKeys = (executor: Executor) =>
  executor.select(listColumns).from(apiKeys).innerJoin(users, eq(users.id, apiKeys.userId));

export const inProject = ({ projectId, keyId }: KeyRef) =>
  and(eq(apiKeys.projectId, projectId), eq(apiKeys.id, keyId));

/** The key, unless it has been revoked: a revoked key is never edited or rolled again. */
export const unrevokedInProject = (ref: KeyRef) => and(inProject(ref), isNull(apiKeys.revokedAt));

/** Every key of the project with its owner, newest first (members see them all). */
export async function listApiKeys({ projectId }: { projectId: string }): Promise<ApiKeyListItem[]> {
  const rows = await selectKeys(db)
    .where(eq(apiKeys.projectId, projectId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toListItem);
}

/** One key of the project with its owner, revoked or not; null when it is not in this project. */
export async function getApiKey(ref: KeyRef, executor: Executor = db): Promise<ApiKeyListItem | null> {
  const [row] = await selectKeys(executor).where(inProject(ref)).limit(1);
  return row ? toListItem(row) : null;
}

export async function getApiKeyIn(tx: Executor, ref: KeyRef): Promise<ApiKeyListItem> {
  const key = await getApiKey(ref, tx);
  if (!key) throw new Error("key vanished inside its transaction");
  return key;
}

/** Keys that count against the cap: neither revoked nor expired. */
export async function countActiveApiKeys(
  { projectId }: { projectId: string },
  executor: Executor = db,
): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.projectId, projectId),
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`)),
      ),
    );
  return row?.total ?? 0;
}

/**
 * Stores a key for the actor ("self") or for a new machine user ("machine"), with the machine user, its owner
 * membership and the audit entries in one transaction; refused once the project has its most active keys.
 */
export async function insertApiKey(
  input: {
    projectId: string;
    name: string;
    scopes: Permission[];
    expiresAt: Date | null;
    /** Normalised by parseAllowlist (lib/api-keys/ip-allowlist.ts); none: any address. */
    allowedIps?: string[];
    owner: "self" | "machine";
  } & StoredSecret &
    AuditContext,
): Promise<Result<{ apiKey: ApiKeyListItem }, Refusal<"limit">>> {
  return db.transaction(async (tx) => {
    // Serialises concurrent creations in one project, so the cap cannot be overrun by a race.
    await lockProject(input.projectId, tx);
    if ((await countActiveApiKeys(input, tx)) >= MAX_ACTIVE_KEYS_PER_PROJECT)
      return { ok: false, reason: "limit" };

    const scope = auditScope(input);
    const ownerId =
      input.owner === "machine"
        ? await insertMachineUser(tx, scope, `${input.name} (machine)`)
        : input.actor.id;
    const scopes = normalizeScopes(input.scopes);
    const [key] = await tx
      .insert(apiKeys)
      .values({
        id: createId("key"),
        projectId: input.projectId,
        userId: ownerId,
        name: input.name,
        hash: input.hash,
        displayKey: input.displayKey,
        scopes,
        expiresAt: input.expiresAt,
        allowedIps: input.allowedIps ?? [],
        createdById: input.actor.id,
      })
      .returning();
    if (!key) throw new Error("insert returned no key");
    await insertAuditEntry(
      tx,
      keyEntry(scope, "api_key.created", key, {
        owner: input.owner,
        permissions: presetOf(scopes),
        scopes,
        expiresAt: key.expiresAt?.toISOString() ?? null,
        allowedIps: key.allowedIps,
      }),
    );
    return { ok: true, apiKey: await getApiKeyIn(tx, { projectId: input.projectId, keyId: key.id }) };
  });
}

/** Changes name, permissions, expiry and allowlist (kept when not given); null when the key is not in this project or has been revoked. */
export async function saveApiKeySettings(
  input: KeyRef & {
    name: string;
    scopes: Permission[];
    expiresAt: Date | null;
    allowedIps?: string[];
  } & AuditContext,
): Promise<ApiKeyListItem | null> {
  return db.transaction(async (tx) => {
    const scopes = normalizeScopes(input.scopes);
    // Locked, so the before-values in the audit entry are the ones this edit replaced.
    const [before] = await tx.select().from(apiKeys).where(unrevokedInProject(input)).for("update");
    if (!before) return null;
    const scopesBefore = normalizeScopes(before.scopes as Permission[]);
    const [key] = await tx
      .update(apiKeys)
      .set({
        name: input.name,
        scopes,
        expiresAt: input.expiresAt,
        expiryAuditedAt: null,
        ...(input.allowedIps && { allowedIps: input.allowedIps }),
      })
      .where(unrevokedInProject(input))
      .returning({
        id: apiKeys.id,
        name: apiKeys.name,
        displayKey: apiKeys.displayKey,
        allowedIps: apiKeys.allowedIps,
      });
    if (!key) return null;
    await insertAuditEntry(
      tx,
      keyEntry(input, "api_key.updated", key, {
        name: key.name,
        permissions: presetOf(scopes),
        scopes,
        expiresAt: input.expiresAt?.toISOString() ?? null,
        allowedIps: key.allowedIps,
        nameBefore: before.name,
        permissionsBefore: presetOf(scopesBefore),
        scopesBefore,
        expiresAtBefore: before.expiresAt?.toISOString() ?? null,
        allowedIpsBefore: before.allowedIps,
      }),
    );
    return getApiKeyIn(tx, input);
  });
}

/**
 * Gives the key a new secret (its hash and display form). The old one keeps working for `graceSeconds`
 * (0: it stops at once); name, owner and permissions stay. Null when the key is not in this project or has
 * been revoked.
 */
export async function replaceApiKeyHash(
  input: KeyRef & { graceSeconds: number } & StoredSecret & AuditContext,
): Promise<ApiKeyListItem | null> {
  return db.transaction(async (tx) => {
    const graceEnds = new Date(Date.now() + input.graceSeconds * 1000);
    const [key] = await tx
      .update(apiKeys)
      .set({
        hash: input.hash,
        displayKey: input.displayKey,
        previousHash: input.graceSeconds > 0 ? sql`${apiKeys.hash}` : null,
        previousExpiresAt: input.graceSeconds > 0 ? graceEnds : null,
      })
      .where(unrevokedInProject(input))
      .returning({ id: apiKeys.id, name: apiKeys.name, displayKey: apiKeys.displayKey });
    if (!key) return null;
    await insertAuditEntry(
      tx,
      keyEntry(input, "api_key.rolled", key, { gracePeriodSeconds: input.graceSeconds }),
    );
    return getApiKeyIn(tx, input);
  });
}
