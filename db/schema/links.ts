// Short links: domains, tags, links and their clicks.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
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
import { CLICK_TRIGGERS } from "@/lib/analytics/click-triggers";
import { TAG_COLORS } from "@/lib/tag-colors";
import { createdAt, updatedAt } from "./columns";
import { projectIdColumn, users } from "./people";

/**
 * A project's claims on short-link hostnames. Several projects may claim one hostname while it is pending, but
 * only one may hold it verified (proved by the TXT record `verificationToken` names), and only a verified
 * hostname serves short links.
 */
export const domains = pgTable(
  "domains",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
    slug: text("slug").notNull(),
    verified: boolean("verified").notNull().default(false),
    /** What this project's TXT record must hold; random per claim, so no other project's record proves it. */
    verificationToken: text("verification_token")
      .notNull()
      .default(sql`replace(gen_random_uuid()::text, '-', '')`),
    primary: boolean("primary").notNull().default(false),
    archived: boolean("archived").notNull().default(false),
    placeholder: text("placeholder"),
    expiredUrl: text("expired_url"),
    notFoundUrl: text("not_found_url"),
    logo: text("logo"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("domains_project_slug_key").on(t.projectId, t.slug),
    uniqueIndex("domains_verified_slug_key").on(t.slug).where(sql`${t.verified}`),
    index("domains_slug_idx").on(t.slug),
  ],
);
export type Domain = typeof domains.$inferSelect;

export const tagColorEnum = pgEnum("tag_color", TAG_COLORS);

export const tags = pgTable(
  "tags",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
    name: text("name").notNull(),
    color: tagColorEnum("color").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("tags_project_name_key").on(t.projectId, sql`lower(${t.name})`)],
);
export type Tag = typeof tags.$inferSelect;

/** `last_clicked`, with never (null) as -infinity: before every click in sort order, and comparable in a cursor. */
export const lastClickedOrNever = (column: AnyPgColumn) => sql`coalesce(${column}, '-infinity'::timestamptz)`;

export const links = pgTable(
  "links",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
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
    // One index per sort order of GET /api/links, ending in id (the tie-break) in the same direction, so that a
    // page in either order and its cursor, a row comparison on (sort column, id), are read straight from it.
    index("links_project_created_idx").on(t.projectId, t.createdAt, t.id),
    index("links_project_clicks_idx").on(t.projectId, t.clicks, t.id),
    index("links_project_sale_amount_idx").on(t.projectId, t.saleAmount, t.id),
    index("links_project_last_clicked_idx").on(t.projectId, lastClickedOrNever(t.lastClicked), t.id),
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
    projectId: projectIdColumn(),
    linkId: text("link_id")
      .notNull()
      .references(() => links.id, { onDelete: "cascade" }),
    timestamp: timestamp("timestamp", { withTimezone: true }).notNull().defaultNow(),
    /** The referring page's hostname without `www.`. */
    referer: text("referer"),
    /** The referring page's URL without its query string, fragment or credentials. */
    refererUrl: text("referer_url"),
    country: text("country"),
    /** ISO 3166-2 code with its country (`US-CA`). */
    region: text("region"),
    city: text("city"),
    continent: text("continent"),
    device: text("device"),
    browser: text("browser"),
    os: text("os"),
    /** `link` for a visit through the short link, `qr` for a scan of its QR code. */
    trigger: text("trigger", { enum: CLICK_TRIGGERS }).notNull().default("link"),
  },
  (t) => [
    index("clicks_project_timestamp_idx").on(t.projectId, t.timestamp),
    index("clicks_link_timestamp_idx").on(t.linkId, t.timestamp),
  ],
);
export type Click = typeof clicks.$inferSelect;
