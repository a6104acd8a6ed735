// Short links: domains, tags, links and their clicks.
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
import { CLICK_TRIGGERS } from "@/lib/analytics/click-triggers";
import { TAG_COLORS } from "@/lib/tag-colors";
import { createdAt, updatedAt } from "./columns";
import { projectIdColumn, users } from "./people";

/** A project's custom short-link domains. A hostname belongs to one project at most. */
export const domains = pgTable(
  "domains",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
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
    projectId: projectIdColumn(),
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
