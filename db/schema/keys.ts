// API keys, publishable keys and the audit log.
import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { createdAt, updatedAt } from "./columns";
import { projectIdColumn, projects, userIdColumn, users } from "./people";

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
    /** The key's owner: the creating person ("You") or a machine user ("Machine"). */
    userId: userIdColumn(),
    name: text("name").notNull(),
    /** SHA-256 of the secret; the secret itself is never stored. */
    hash: text("hash").notNull().unique(),
    /** `codeqr_…` + the last 4 characters. */
    displayKey: text("display_key").notNull(),
    scopes: text("scopes").array().notNull(),
    /** Client addresses the key may be used from, as normalised CIDR ranges; empty: any (lib/api-keys/ip-allowlist.ts). */
    allowedIps: text("allowed_ips").array().notNull().default(sql`'{}'::text[]`),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    /** After a roll, the old secret keeps working until `previousExpiresAt`. */
    previousHash: text("previous_hash").unique(),
    previousExpiresAt: timestamp("previous_expires_at", { withTimezone: true }),
    /** Set once the expiry has been written to the audit log. */
    expiryAuditedAt: timestamp("expiry_audited_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Revoked keys are kept (with their history) until API_REQUEST_RETENTION_DAYS after this. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedById: text("revoked_by_id").references(() => users.id, { onDelete: "set null" }),
    /** Copied, so that "Revoked by …" outlives the person (null id and "System" for the app itself). */
    revokedByName: text("revoked_by_name"),
    /** Why, when it was not a plain revoke: "owner left the project", "owner was removed", "leaked". */
    revokeReason: text("revoke_reason"),
  },
  (t) => [index("api_keys_project_id_idx").on(t.projectId), index("api_keys_user_id_idx").on(t.userId)],
);
export type ApiKey = typeof apiKeys.$inferSelect;

/** At most one per project; public by design, so it is stored as it is. */
export const publishableKeys = pgTable("publishable_keys", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  token: text("token").notNull().unique(),
  createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});
export type PublishableKey = typeof publishableKeys.$inferSelect;

export const auditActionEnum = pgEnum("audit_action", AUDIT_ACTIONS);

/** Who did what to which key or person. Names are copied so entries outlive what they describe. */
export const auditLogs = pgTable(
  "audit_logs",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
    action: auditActionEnum("action").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    targetId: text("target_id"),
    targetName: text("target_name").notNull(),
    metadata: jsonb("metadata").$type<Record<string, string | number | boolean | null | string[]>>(),
    ipAddress: text("ip_address"),
    // clock_timestamp(), not now(): entries written in one transaction keep their order.
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index("audit_logs_project_created_idx").on(t.projectId, t.createdAt.desc())],
);
export type AuditLog = typeof auditLogs.$inferSelect;
