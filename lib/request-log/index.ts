import "server-only";
import { db } from "@/db";
import { writeApiRequestBatch } from "@/db/queries/request-log-writes";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { processSingleton } from "@/lib/process-singleton";
import { onShutdown } from "@/lib/shutdown";
import type { ApiRequestEntry } from "./entry";
import { RequestLogWriter } from "./writer";

export { newRequestId, REQUEST_ID_HEADER } from "./request-id";

/** The process's one writer, into the process's database; null when API_REQUEST_LOG=off. */
const slot = () =>
  processSingleton("request-log-writer", (): { writer: RequestLogWriter | null } => {
    if (env().API_REQUEST_LOG === "off") return { writer: null };
    const created = new RequestLogWriter(
      (rows) => writeApiRequestBatch(db, rows),
      (fields, message) => logger().warn(fields, message),
    );
    // Whichever writer holds the slot at shutdown gets its last batch written.
    onShutdown("request-log", () => slot().writer?.flush() ?? Promise.resolve());
    return { writer: created };
  });

/** Puts `next` in place of the process's writer and returns the one it replaces (tests: a failing sink). */
export function replaceRequestLogWriter(next: RequestLogWriter | null): RequestLogWriter | null {
  const previous = slot().writer;
  slot().writer = next;
  return previous;
}

/** Records a request made with a known key: one push onto the buffer, written within a second (SPEC §12). */
export function recordApiRequest(entry: ApiRequestEntry): void {
  slot().writer?.record(entry);
}

/** Resolves once every request recorded so far is written (tests; shutdown runs it through onShutdown). */
export async function flushRequestLog(): Promise<void> {
  await slot().writer?.flush();
}
