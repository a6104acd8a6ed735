import "server-only";
import { markApiKeyUsed } from "@/db/queries/api-keys/usage";
import { logger } from "@/lib/logger";
import { processSingleton } from "@/lib/process-singleton";

const INTERVAL_MS = 60_000;
const MAX_TRACKED = 50_000;

type LastUsedState = { written: Map<string, number>; inFlight: Set<Promise<void>> };
const state = () =>
  processSingleton("api-key-last-used", (): LastUsedState => ({ written: new Map(), inFlight: new Set() }));

/**
 * Records that a key was used: at most one write a minute per key and process, started in the background so
 * the response never waits for it.
 */
export function noteApiKeyUse(keyId: string, now = Date.now()): void {
  const { written, inFlight } = state();
  if (now - (written.get(keyId) ?? 0) < INTERVAL_MS) return;
  if (written.size >= MAX_TRACKED) written.clear();
  written.set(keyId, now);
  const write = markApiKeyUsed({ keyId })
    .then(() => undefined)
    .catch((error: unknown) => {
      written.delete(keyId);
      logger().warn({ keyId, err: (error as Error).message }, "could not record API key use");
    })
    .finally(() => inFlight.delete(write));
  inFlight.add(write);
}

/** Resolves once every last-used write started so far has finished (shutdown and tests). */
export async function flushLastUsedWrites(): Promise<void> {
  await Promise.all(state().inFlight);
}
