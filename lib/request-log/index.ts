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
function writer(): RequestLogWriter | null {
  return processSingleton("request-log-writer", () => {
    if (env().API_REQUEST_LOG === "off") return null;
    const created = new RequestLogWriter(
      (rows) => writeApiRequestBatch(db, rows),
      (fields, message) => logger().warn(fields, message),
    );
    onShutdown("request-log", () => created.flush());
    return created;
  });
}

/** Records a request made with a known key: one push onto the buffer, written within a second (SPEC §12). */
export function recordApiRequest(entry: ApiRequestEntry): void {
  writer()?.record(entry);
}

/** Resolves once every request recorded so far is written (tests; shutdown runs it through onShutdown). */
export async function flushRequestLog(): Promise<void> {
  await writer()?.flush();
}
