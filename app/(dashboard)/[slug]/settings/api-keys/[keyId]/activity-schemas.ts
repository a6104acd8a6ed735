import { z } from "zod";

export const USAGE_RANGES = ["24h", "7d", "30d"] as const;
export const USAGE_RANGE_LABELS = { "24h": "24 hours", "7d": "7 days", "30d": "30 days" } as const;
export const STATUS_FILTERS = ["all", "2", "4", "5"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: "All",
  "2": "2xx",
  "4": "4xx",
  "5": "5xx",
};
/** Recent requests per page. */
export const REQUESTS_PAGE_SIZE = 25;

const keyIdSchema = z.string().min(1).max(100);

export const keyUsageSchema = z.object({ keyId: keyIdSchema, range: z.enum(USAGE_RANGES) });

export const keyRequestsSchema = z.object({
  keyId: keyIdSchema,
  limit: z.number().int().min(1).max(100).default(REQUESTS_PAGE_SIZE),
  before: z.object({ at: z.coerce.date(), requestId: z.uuid() }).optional(),
  statusClass: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  routeId: z.string().min(1).max(200).optional(),
});
