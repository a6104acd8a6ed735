// Keys GitHub's secret scanning found in public code, and revoked for it.
import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { projectIdColumn } from "./people";

/**
 * One leak of a secret key: where it was found and what the key was. The key is revoked at once, so `key_id`
 * has no foreign key and the name and display form are copied: the banner outlives the key.
 */
export const apiKeyLeaks = pgTable(
  "api_key_leaks",
  {
    id: text("id").primaryKey(),
    projectId: projectIdColumn(),
    keyId: text("key_id").notNull(),
    keyName: text("key_name").notNull(),
    displayKey: text("display_key").notNull(),
    /** The public page GitHub found the key on. */
    url: text("url").notNull(),
    /** Where on GitHub (content, commit, issue_comment, …), as GitHub names it. */
    source: text("source").notNull(),
    tokenType: text("token_type").notNull(),
    foundAt: timestamp("found_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("api_key_leaks_project_id_idx").on(t.projectId)],
);
export type ApiKeyLeak = typeof apiKeyLeaks.$inferSelect;
