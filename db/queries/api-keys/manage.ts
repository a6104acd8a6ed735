import "server-only";
import { and, count, desc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { recordAuditEvent } from "@/db/queries/audit-log";
import { lockProject } from "@/db/queries/projects";
import { apiKeys, projectMemberships, users } from "@/db/schema";
import { displayKey, generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { afterKeyChange } from "@/lib/api-keys/invalidation";
import { normalizeScopes, type Permission, presetOf } from "@/lib/api-keys/permissions";
import { createId } from "@/lib/ids";

export const MAX_ACTIVE_KEYS_PER_PROJECT = 100;

type Actor = { id: string; name: string };
type Audit = { actor: Actor; ipAddress: string };

export type ApiKeyListItem = {
  id: string;
  name: string;
  displayKey: string;
  scopes: Permission[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  previousExpiresAt: Date | null;
  createdAt: Date;
  owner: { id: string; name: string; email: string | null; isMachine: boolean };
};

const listColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  displayKey: apiKeys.displayKey,
  scopes: apiKeys.scopes,
  expiresAt: apiKeys.expiresAt,
  lastUsedAt: apiKeys.lastUsedAt,
  previousExpiresAt: apiKeys.previousExpiresAt,
  createdAt: apiKeys.createdAt,
  owner: { id: users.id, name: users.name, email: users.email, isMachine: users.isMachine },
};

function toListItem(row: Omit<ApiKeyListItem, "scopes"> & { scopes: string[] }): ApiKeyListItem {
  return { ...row, scopes: normalizeScopes(row.scopes as Permission[]) };
}

/** Every key of the project with its owner, newest first (members see them all). */
export async function listApiKeys({ projectId }: { projectId: string }): Promise<ApiKeyListItem[]> {
  const rows = await db
    .select(listColumns)
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.projectId, projectId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toListItem);
}

export async function getApiKey({ projectId, keyId }: { projectId: string; keyId: string }) {
  const [row] = await db
    .select(listColumns)
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.projectId, projectId), eq(apiKeys.id, keyId)))
    .limit(1);
  return row ? toListItem(row) : null;
}

const isActive = () => or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`));

export async function countActiveApiKeys({ projectId }: { projectId: string }, executor: Executor = db) {
  const [row] = await executor
    .select({ total: count() })
    .from(apiKeys)
    .where(and(eq(apiKeys.projectId, projectId), isActive()));
  return row?.total ?? 0;
}

function newSecret() {
  const secret = generateSecretKey();
  return { secret, hash: hashApiKey(secret), displayKey: displayKey(secret) };
}

/**
 * Creates a key for the actor ("self") or for a new machine user ("machine"), with the machine user, its owner
 * membership and the audit entries in one transaction. The plaintext secret is returned once and stored nowhere.
 */
export async function createApiKey(
  input: {
    projectId: string;
    name: string;
    scopes: Permission[];
    expiresAt: Date | null;
    owner: "self" | "machine";
  } & Audit,
): Promise<{ ok: true; apiKey: ApiKeyListItem; secret: string } | { ok: false; reason: "limit" }> {
  const { secret, hash, displayKey: display } = newSecret();
  return db.transaction(async (tx) => {
    // Serialises concurrent creations in one project, so the cap cannot be overrun by a race.
    await lockProject(input.projectId, tx);
    if ((await countActiveApiKeys(input, tx)) >= MAX_ACTIVE_KEYS_PER_PROJECT)
      return { ok: false, reason: "limit" };

    const audit = { projectId: input.projectId, actor: input.actor, ipAddress: input.ipAddress };
    let ownerId = input.actor.id;
    if (input.owner === "machine") {
      ownerId = createId("user");
      const machineName = `${input.name} (machine)`;
      await tx.insert(users).values({ id: ownerId, name: machineName, isMachine: true });
      await tx
        .insert(projectMemberships)
        .values({ projectId: input.projectId, userId: ownerId, role: "owner" });
      await recordAuditEvent(
        { ...audit, action: "machine_user.created", target: { id: ownerId, name: machineName } },
        tx,
      );
    }
    const scopes = normalizeScopes(input.scopes);
    const [key] = await tx
      .insert(apiKeys)
      .values({
        id: createId("key"),
        projectId: input.projectId,
        userId: ownerId,
        name: input.name,
        hash,
        displayKey: display,
        scopes,
        expiresAt: input.expiresAt,
        createdById: input.actor.id,
      })
      .returning();
    if (!key) throw new Error("insert returned no key");
    await recordAuditEvent(
      {
        ...audit,
        action: "api_key.created",
        target: { id: key.id, name: key.name },
        metadata: {
          key: display,
          owner: input.owner,
          permissions: presetOf(scopes),
          scopes,
          expiresAt: key.expiresAt?.toISOString() ?? null,
        },
      },
      tx,
    );
    const apiKey = await getApiKeyIn(tx, input.projectId, key.id);
    return { ok: true, apiKey, secret };
  });
}

async function getApiKeyIn(executor: Executor, projectId: string, keyId: string): Promise<ApiKeyListItem> {
  const [row] = await executor
    .select(listColumns)
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.projectId, projectId), eq(apiKeys.id, keyId)))
    .limit(1);
  if (!row) throw new Error("key vanished inside its transaction");
  return toListItem(row);
}

/** Changes name, permissions and expiry; null when the key is not in this project. */
export async function updateApiKey(
  input: {
    projectId: string;
    keyId: string;
    name: string;
    scopes: Permission[];
    expiresAt: Date | null;
  } & Audit,
): Promise<ApiKeyListItem | null> {
  return afterKeyChange(
    input.projectId,
    db.transaction(async (tx) => {
      const scopes = normalizeScopes(input.scopes);
      const [key] = await tx
        .update(apiKeys)
        .set({ name: input.name, scopes, expiresAt: input.expiresAt, expiryAuditedAt: null })
        .where(and(eq(apiKeys.projectId, input.projectId), eq(apiKeys.id, input.keyId)))
        .returning({ id: apiKeys.id, name: apiKeys.name, displayKey: apiKeys.displayKey });
      if (!key) return null;
      await recordAuditEvent(
        {
          projectId: input.projectId,
          actor: input.actor,
          ipAddress: input.ipAddress,
          action: "api_key.updated",
          target: { id: key.id, name: key.name },
          metadata: {
            key: key.displayKey,
            permissions: presetOf(scopes),
            scopes,
            expiresAt: input.expiresAt?.toISOString() ?? null,
          },
        },
        tx,
      );
      return getApiKeyIn(tx, input.projectId, key.id);
    }),
  );
}

/**
 * Gives the key a new secret. The old one keeps working for `graceSeconds` (0: it stops at once). Name, owner
 * and permissions stay. Returns the new plaintext secret once; null when the key is not in this project.
 */
export async function rollApiKey(
  input: { projectId: string; keyId: string; graceSeconds: number } & Audit,
): Promise<{ apiKey: ApiKeyListItem; secret: string } | null> {
  const { secret, hash, displayKey: display } = newSecret();
  return afterKeyChange(
    input.projectId,
    db.transaction(async (tx) => {
      const graceEnds = new Date(Date.now() + input.graceSeconds * 1000);
      const [key] = await tx
        .update(apiKeys)
        .set({
          hash,
          displayKey: display,
          previousHash: input.graceSeconds > 0 ? sql`${apiKeys.hash}` : null,
          previousExpiresAt: input.graceSeconds > 0 ? graceEnds : null,
        })
        .where(and(eq(apiKeys.projectId, input.projectId), eq(apiKeys.id, input.keyId)))
        .returning({ id: apiKeys.id, name: apiKeys.name });
      if (!key) return null;
      await recordAuditEvent(
        {
          projectId: input.projectId,
          actor: input.actor,
          ipAddress: input.ipAddress,
          action: "api_key.rolled",
          target: { id: key.id, name: key.name },
          metadata: { key: display, gracePeriodSeconds: input.graceSeconds },
        },
        tx,
      );
      return { apiKey: await getApiKeyIn(tx, input.projectId, key.id), secret };
    }),
  );
}

/**
 * Deletes the key; a machine user's key takes its machine user with it (SPEC §5), in one transaction.
 * Null when the key is not in this project.
 */
export async function revokeApiKey(
  input: { projectId: string; keyId: string } & Audit,
): Promise<{ machineUserDeleted: boolean } | null> {
  return afterKeyChange(
    input.projectId,
    db.transaction(async (tx) => {
      const [key] = await tx
        .delete(apiKeys)
        .where(and(eq(apiKeys.projectId, input.projectId), eq(apiKeys.id, input.keyId)))
        .returning({
          id: apiKeys.id,
          name: apiKeys.name,
          displayKey: apiKeys.displayKey,
          userId: apiKeys.userId,
        });
      if (!key) return null;
      const audit = { projectId: input.projectId, actor: input.actor, ipAddress: input.ipAddress };
      await recordAuditEvent(
        {
          ...audit,
          action: "api_key.revoked",
          target: { id: key.id, name: key.name },
          metadata: { key: key.displayKey },
        },
        tx,
      );
      const [machine] = await tx
        .delete(users)
        .where(and(eq(users.id, key.userId), eq(users.isMachine, true)))
        .returning({ id: users.id, name: users.name });
      if (machine) {
        await recordAuditEvent({ ...audit, action: "machine_user.deleted", target: machine }, tx);
      }
      return { machineUserDeleted: Boolean(machine) };
    }),
  );
}

/** Revokes every key a person owns in one project (they were removed or left); returns how many. */
export async function revokeApiKeysOfUser(
  input: { projectId: string; userId: string; reason: "removed" | "left" } & Audit,
  executor: Executor = db,
): Promise<number> {
  const keys = await executor
    .delete(apiKeys)
    .where(and(eq(apiKeys.projectId, input.projectId), eq(apiKeys.userId, input.userId)))
    .returning({ id: apiKeys.id, name: apiKeys.name, displayKey: apiKeys.displayKey });
  for (const key of keys) {
    await recordAuditEvent(
      {
        projectId: input.projectId,
        actor: input.actor,
        ipAddress: input.ipAddress,
        action: "api_key.revoked",
        target: { id: key.id, name: key.name },
        metadata: {
          key: key.displayKey,
          reason: input.reason === "left" ? "owner left the project" : "owner was removed",
        },
      },
      executor,
    );
  }
  return keys.length;
}
