import "server-only";
import { EVERYTHING, subscribeKeyChanges } from "@/db/key-changes";
import { findApiKeyByHash, type KeyForVerification } from "@/db/queries/api-key-lookup";
import { processSingleton } from "@/lib/process-singleton";

/** Safety net: even if an invalidation were lost, a cached key is re-read within this time. */
const KNOWN_TTL_MS = 30_000;
const UNKNOWN_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

type Entry = { key: KeyForVerification | null; expiresAt: number };

/** Hash → key, bounded (least recently used goes first), shared by proxy.ts and the handlers of one process. */
class KeyCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every invalidation, so a lookup that raced with one does not store what it read before. */
  private generation = 0;

  get(hash: string, now: number): Entry | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    this.entries.delete(hash);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(hash, entry);
    return entry;
  }

  set(hash: string, key: KeyForVerification | null, generation: number, now: number): void {
    if (generation !== this.generation) return;
    this.entries.set(hash, { key, expiresAt: now + (key ? KNOWN_TTL_MS : UNKNOWN_TTL_MS) });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  currentGeneration(): number {
    return this.generation;
  }

  invalidate(projectId: string): void {
    this.generation++;
    if (projectId === EVERYTHING) {
      this.entries.clear();
      return;
    }
    for (const [hash, entry] of this.entries)
      if (entry.key?.project.id === projectId) this.entries.delete(hash);
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

/** The key behind a hash: from the cache (no query) or the database, caching unknown hashes briefly too. */
export async function findApiKeyCached(hash: string, now = Date.now()): Promise<KeyForVerification | null> {
  const keys = cache();
  const hit = keys.get(hash, now);
  if (hit) return hit.key;
  const generation = keys.currentGeneration();
  const key = await findApiKeyByHash({ hash });
  keys.set(hash, key, generation, Date.now());
  return key;
}

export function cachedKeyCount(): number {
  return cache().size;
}
