// A project's key policy: one row once an owner saves one; a project without a row has the defaults.
import { boolean, integer, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns";
import { projects, users } from "./people";

export const projectKeyPolicies = pgTable("project_key_policies", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  /** The longest a new or edited key may live, in days; null is no limit. */
  maxLifetimeDays: integer("max_lifetime_days"),
  membersMayCreate: boolean("members_may_create").notNull().default(true),
  machineKeysRequireAllowlist: boolean("machine_keys_require_allowlist").notNull().default(false),
  updatedAt: updatedAt(),
  updatedById: text("updated_by_id").references(() => users.id, { onDelete: "set null" }),
});
export type ProjectKeyPolicy = typeof projectKeyPolicies.$inferSelect;
