// The request log: one row per API request made with a known key, and an hourly rollup the charts read.
import {
  bigint,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Upper bounds (ms, inclusive) of the duration histogram each rollup row keeps; a last bucket holds the rest.
 * p50/p95 on the key page are read from it, so changing the bounds needs a fresh rollup.
 */
export const DURATION_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const;

/**
 * Raw requests, kept API_REQUEST_RETENTION_DAYS. No foreign keys: a batch must not fail because its key or
 * project was deleted meanwhile (rows of a deleted key stay readable until retention removes them).
 */
export const apiRequests = pgTable(
  "api_requests",
  {
    /** The `X-Request-Id` the caller saw. */
    requestId: uuid("request_id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    projectId: text("project_id").notNull(),
    keyId: text("key_id").notNull(),
    method: text("method").notNull(),
    /** The route table's id, e.g. `GET /api/links/{linkId}`. */
    routeId: text("route_id").notNull(),
    /** The requested path with the names of its query parameters only: `/api/links?page&search`. */
    path: text("path").notNull(),
    status: smallint("status").notNull(),
    durationMs: integer("duration_ms").notNull(),
    clientAddress: text("client_address").notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [
    index("api_requests_key_at_idx").on(t.keyId, t.at.desc(), t.requestId.desc()),
    // Retention deletes by age; BRIN suits a table written in time order and costs almost nothing per insert.
    index("api_requests_at_brin_idx").using("brin", t.at),
  ],
);
export type ApiRequest = typeof apiRequests.$inferSelect;
export type NewApiRequest = typeof apiRequests.$inferInsert;

/** Per key, hour, route and status class (2 = 2xx … 5 = 5xx): counts and durations, upserted with each batch. */
export const apiRequestHourly = pgTable(
  "api_request_hourly",
  {
    keyId: text("key_id").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    routeId: text("route_id").notNull(),
    statusClass: smallint("status_class").notNull(),
    projectId: text("project_id").notNull(),
    count: integer("count").notNull(),
    durationSumMs: bigint("duration_sum_ms", { mode: "number" }).notNull(),
    durationMaxMs: integer("duration_max_ms").notNull(),
    /** Requests per DURATION_BUCKETS_MS bucket, plus one for longer ones. */
    durationHistogram: integer("duration_histogram").array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.keyId, t.hour, t.routeId, t.statusClass] }),
    index("api_request_hourly_project_hour_idx").on(t.projectId, t.hour),
  ],
);
export type ApiRequestHourly = typeof apiRequestHourly.$inferSelect;
