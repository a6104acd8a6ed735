import { databaseBroadcast } from "@/db";
import { logger } from "@/lib/logger";
import { processSingleton } from "@/lib/process-singleton";

const CHANNEL = "codeqr_key_changes";
/** A payload that means "anything may have changed": drop everything. */
export const EVERYTHING = "*";

type Subscribers = { handlers: Set<(projectId: string) => void>; listening: Promise<void> | null };
const subscribers = () =>
  processSingleton("key-change-subscribers", (): Subscribers => ({ handlers: new Set(), listening: null }));

function deliver(projectId: string): void {
  for (const handler of subscribers().handlers) handler(projectId);
}

/**
 * Says that keys of a project changed (edited, rolled, revoked, expired, owner's role changed or removed, project
 * deleted): this process forgets them at once, and every other instance on the same PostgreSQL within a moment
 * (NOTIFY). Call it after the change has committed.
 */
export async function publishKeyChange({ projectId }: { projectId: string }): Promise<void> {
  deliver(projectId);
  try {
    await databaseBroadcast()?.notify(CHANNEL, projectId);
  } catch (error) {
    logger().error({ err: (error as Error).message, projectId }, "could not broadcast a key change");
  }
}

/** Registers a handler for key changes from this process and, on PostgreSQL, from every other instance. */
export function subscribeKeyChanges(handler: (projectId: string) => void): void {
  const state = subscribers();
  state.handlers.add(handler);
  const broadcast = databaseBroadcast();
  if (!broadcast || state.listening) return;
  let connected = false;
  state.listening = broadcast
    .listen(CHANNEL, deliver, () => {
      // After a reconnect, notifications sent while we were away are lost: forget everything.
      if (connected) deliver(EVERYTHING);
      connected = true;
    })
    .catch((error: unknown) => {
      state.listening = null;
      logger().error({ err: (error as Error).message }, "could not listen for key changes");
    });
}

/** Runs a change (a transaction) and publishes the key change once it has committed; nothing if it throws. */
export async function afterKeyChange<T>(projectId: string, change: Promise<T>): Promise<T> {
  const result = await change;
  await publishKeyChange({ projectId });
  return result;
}
