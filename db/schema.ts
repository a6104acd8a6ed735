import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { ROLES } from "@/lib/roles";
import { TAG_COLORS } from "@/lib/tag-colors";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const roleEnum = pgEnum("role", ROLES);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** Stored lower-cased; null for machine users, who never sign in. */
    email: text("email"),
    passwordHash: text("password_hash"),
    image: text("image"),
    isMachine: boolean("is_machine").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);
export type User = typeof users.$inferSelect;

/** OAuth identities (GitHub, Google) linked to a user; only used when those providers are configured. */
export const accounts = pgTable(
  "accounts",
  {
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export const projects = pgTable("projects", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  plan: text("plan").notNull().default("free"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type Project = typeof projects.$inferSelect;

export const projectMemberships = pgTable(
  "project_memberships",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    index("project_memberships_user_id_idx").on(t.userId),
  ],
);
export type ProjectMembership = typeof projectMemberships.$inferSelect;

export const invitations = pgTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    /** SHA-256 of the invitation token; the token itself lives only in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedById: text("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("invitations_project_email_key").on(t.projectId, sql`lower(${t.email})`)],
);
export type Invitation = typeof invitations.$inferSelect;

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The key's owner: the creating person ("You") or a machine user ("Machine"). */
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the secret; the secret itself is never stored. */
    hash: text("hash").notNull().unique(),
    /** `codeqr_…` + the last 4 characters. */
    displayKey: text("display_key").notNull(),
    scopes: text("scopes").array().notNull(),
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
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
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

/** A project's custom short-link domains. A hostname belongs to one project at most. */
export const domains = pgTable(
  "domains",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    verified: boolean("verified").notNull().default(false),
    primary: boolean("primary").notNull().default(false),
    archived: boolean("archived").notNull().default(false),
    placeholder: text("placeholder"),
    expiredUrl: text("expired_url"),
    notFoundUrl: text("not_found_url"),
    logo: text("logo"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("domains_project_id_idx").on(t.projectId)],
);
export type Domain = typeof domains.$inferSelect;

export const tagColorEnum = pgEnum("tag_color", TAG_COLORS);

export const tags = pgTable(
  "tags",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    color: tagColorEnum("color").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("tags_project_name_key").on(t.projectId, sql`lower(${t.name})`)],
);
export type Tag = typeof tags.$inferSelect;

export const links = pgTable(
  "links",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The hostname of the short link; the app's own host for links on the default domain. */
    domain: text("domain").notNull(),
    key: text("key").notNull(),
    url: text("url").notNull(),
    archived: boolean("archived").notNull().default(false),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    expiredUrl: text("expired_url"),
    password: text("password"),
    externalId: text("external_id"),
    title: text("title"),
    description: text("description"),
    image: text("image"),
    video: text("video"),
    ios: text("ios"),
    android: text("android"),
    geo: jsonb("geo").$type<Record<string, string>>(),
    proxy: boolean("proxy").notNull().default(false),
    rewrite: boolean("rewrite").notNull().default(false),
    doIndex: boolean("do_index").notNull().default(false),
    trackConversion: boolean("track_conversion").notNull().default(false),
    publicStats: boolean("public_stats").notNull().default(false),
    comments: text("comments"),
    utmSource: text("utm_source"),
    utmMedium: text("utm_medium"),
    utmCampaign: text("utm_campaign"),
    utmTerm: text("utm_term"),
    utmContent: text("utm_content"),
    tenantId: text("tenant_id"),
    programId: text("program_id"),
    partnerId: text("partner_id"),
    folderId: text("folder_id"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    clicks: integer("clicks").notNull().default(0),
    leads: integer("leads").notNull().default(0),
    sales: integer("sales").notNull().default(0),
    saleAmount: integer("sale_amount").notNull().default(0),
    lastClicked: timestamp("last_clicked", { withTimezone: true }),
    /** The owner of the key (or the person) that created the link. */
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("links_domain_key_key").on(t.domain, t.key),
    uniqueIndex("links_project_external_id_key").on(t.projectId, t.externalId),
    index("links_project_created_idx").on(t.projectId, t.createdAt.desc(), t.id),
  ],
);
export type Link = typeof links.$inferSelect;

export const linkTags = pgTable(
  "link_tags",
  {
    linkId: text("link_id")
      .notNull()
      .references(() => links.id, { onDelete: "cascade" }),
    tagId: text("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.linkId, t.tagId] }), index("link_tags_tag_id_idx").on(t.tagId)],
);

export const clicks = pgTable(
  "clicks",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    linkId: text("link_id")
      .notNull()
      .references(() => links.id, { onDelete: "cascade" }),
    timestamp: timestamp("timestamp", { withTimezone: true }).notNull().defaultNow(),
    referer: text("referer"),
    country: text("country"),
    device: text("device"),
    browser: text("browser"),
    os: text("os"),
  },
  (t) => [
    index("clicks_project_timestamp_idx").on(t.projectId, t.timestamp),
    index("clicks_link_timestamp_idx").on(t.linkId, t.timestamp),
  ],
);
export type Click = typeof clicks.$inferSelect;
