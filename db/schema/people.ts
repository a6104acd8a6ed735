// People and projects: users, their sign-in accounts and sessions, projects, memberships and invitations.
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ROLES } from "@/lib/roles";
import { createdAt, updatedAt } from "./columns";

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

/** The user a row belongs to; it goes with the user. */
export const userIdColumn = () =>
  text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** OAuth identities (GitHub, Google) linked to a user; only used when those providers are configured. */
export const accounts = pgTable(
  "accounts",
  {
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    userId: userIdColumn(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

/**
 * One row per sign-in. The session cookie (an encrypted JWT) names its row by `id`; a session whose row has
 * ended or is gone is refused on every instance. The id is not a credential: without the cookie's encryption
 * key it cannot be turned into one.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: userIdColumn(),
    createdAt: createdAt(),
    /** Written at most once a minute, so a busy session costs no write per request. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    userAgent: text("user_agent"),
    ipAddress: text("ip_address"),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);
export type UserSession = typeof sessions.$inferSelect;

export const projects = pgTable("projects", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  plan: text("plan").notNull().default("free"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type Project = typeof projects.$inferSelect;

/** The project a row belongs to; it goes with the project. */
export const projectIdColumn = () =>
  text("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" });

export const projectMemberships = pgTable(
  "project_memberships",
  {
    projectId: projectIdColumn(),
    userId: userIdColumn(),
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
    projectId: projectIdColumn(),
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
