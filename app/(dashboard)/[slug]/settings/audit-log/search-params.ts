import {
  createLoader,
  createSerializer,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";

/** The audit log's view in its URL (`?action=api_key.updated&actor=user_…&page=2`), read by the page and the filters. */
export const auditLogSearchParams = {
  action: parseAsStringLiteral(AUDIT_ACTIONS),
  // A user id, or "system"; an unknown id simply matches nothing.
  actor: parseAsString,
  page: parseAsInteger.withDefault(1),
};

export const loadAuditLogSearchParams = createLoader(auditLogSearchParams);
export const serializeAuditLogSearchParams = createSerializer(auditLogSearchParams);
