import "server-only";
import { findApiKeyByHash, type KeyForVerification } from "@/db/queries/api-keys/verify";
import { EVERYTHING, subscribeKeyChanges } from "@/lib/api-keys/invalidation";
import { type AllowlistMatcher, compileAllowlist } from "@/lib/api-keys/ip-allowlist";
import type { Permission } from "@/lib/api-keys/permissions";
import { effectivePermissions } from "@/lib/authorization";
import { BoundedMap } from "@/lib/bounded-map";
import { processSingleton } from "@/lib/process-singleton";

/** Safety net: even if an invalidation were lost, a cached key is re-read within this time. */
const KNOWN_TTL_MS = 30_000;
const UNKNOWN_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/** A key as the check needs it, with its effective permissions worked out once when it is read. */
export type CachedKey = KeyForVerification & {
  /** Its scopes ∩ its owner's current role (SPEC §3); empty when the owner is no longer a member. */
  permissions: readonly Permission[];
  /** Its allowlist, parsed once here so that a warm check parses only the client's address. */
  allowsAddress: AllowlistMatcher;
};

type Entry = { key: CachedKey | null; expiresAt: number };

/** Hash → key, bounded (the least recently used go first), shared by proxy.ts and the handlers of one process. */
class KeyCache {
  private readonly entries = new BoundedMap<string, Entry>(MAX_ENTRIES);
  /** Bumped by every invalidation, so a lookup that raced with one does not store what it read before. */
  private generation = 0;

  get(hash: string, now: number): Entry | undefined {
    const entry = this.entries.get(hash);
    if (!entry || entry.expiresAt > now) return entry;
    this.entries.delete(hash);
    return undefined;
  }

  set(hash: string, key: CachedKey | null, generation: number, now: number): void {
    if (generation !== this.generation) return;
    this.entries.set(hash, { key, expiresAt: now + (key ? KNOWN_TTL_MS : UNKNOWN_TTL_MS) });
  }

  currentGeneration(): number {
    return this.generation;
  }

  invalidate(projectId: string): void {
    this.generation++;
    if (projectId === EVERYTHING) this.entries.clear();
    else this.entries.deleteWhere((entry) => entry.key?.project.id === projectId);
  }

  get size(): number {
    return this.entries.size;
  }
}

function cache(): KeyCache {
  return processSingleton("api-key-cache", () => {
    const created = new KeyCache();
    subscribeKeyChanges((projectId) => created.invalidate(projectId));
    return created;
  });
}

function withPermissions(key: KeyForVerification): CachedKey {
  const permissions = Object.freeze(
    effectivePermissions({ scopes: key.scopes, role: key.owner.role, isMachine: key.owner.isMachine }),
  );
  return { ...key, permissions, allowsAddress: compileAllowlist(key.allowedIps) };
}

/**
 * The cached answer for a hash: its key, null for a hash known not to match any key, or undefined when
 * nothing fresh is cached. Synchronous, so that a warm key costs neither a query nor a turn of the event loop.
 */
export function cachedApiKey(hash: string, now = Date.now()): CachedKey | null | undefined {
  return cache().get(hash, now)?.key;
}

/** Reads the key behind a hash from the database and caches the answer (an unknown hash briefly too). */
export async function loadApiKey(hash: string): Promise<CachedKey | null> {
  const keys = cache();
  const generation = keys.currentGeneration();
  const found = await findApiKeyByHash({ hash });
  const key = found && withPermissions(found);
  keys.set(hash, key, generation, Date.now());
  return key;
}

/** The key behind a hash: from the cache (no query) or the database. */
export async function findApiKeyCached(hash: string, now = Date.now()): Promise<CachedKey | null> {
  const hit = cachedApiKey(hash, now);
  return hit === undefined ? loadApiKey(hash) : hit;
}

export function cachedKeyCount(): number {
  return cache().size;
}
