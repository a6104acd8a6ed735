import "server-only";
import type { AuditContext } from "@/db/queries/audit-log";
import { replacePublishableKey } from "@/db/queries/publishable-keys";
import { generatePublishableKey } from "./format";

/** Generates the project's publishable key, replacing the previous one (which stops working at once). */
export function generateProjectPublishableKey(input: { projectId: string } & AuditContext) {
  return replacePublishableKey({ ...input, token: generatePublishableKey() });
}
