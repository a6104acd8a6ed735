// The query parameters analytics and the event list share: time range, filters, and what is refused.
import { z } from "zod";
import { CLICK_TRIGGERS } from "@/lib/analytics/click-triggers";
import { CONTINENTS } from "@/lib/analytics/continents";
import { normalizeRefererHost } from "@/lib/analytics/referer";
import {
  ANALYTICS_INTERVALS,
  isTimeZone,
  MAX_RANGE_YEARS,
  parseAnalyticsDate,
} from "@/lib/analytics/time-range";
import { acceptableText, textProblem } from "@/lib/safe-text";

type Values = { include: string[]; exclude: string[] };

/**
 * A Dub filter value: one value, several (comma-separated or repeated), `-value` to exclude. `normalize` turns
 * each value into the stored form, or null when it can never match (a 422 saying what is expected).
 */
const filterValues = (normalize?: { value: (value: string) => string | null; expected: string }) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw, ctx): Values => {
      const values = [raw]
        .flat()
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean);
      if (values.length > 100 || values.some((value) => value.length > 1000 || textProblem(value) !== null)) {
        ctx.addIssue({ code: "custom", message: "Use at most 100 values of at most 1000 characters" });
        return z.NEVER;
      }
      const parts = values.map((value) => ({
        exclude: value.startsWith("-"),
        value: value.replace(/^-/, ""),
      }));
      const normalized = parts.map((part) => ({
        ...part,
        value: normalize ? normalize.value(part.value) : part.value,
      }));
      const bad = normalized.findIndex((part) => part.value === null);
      if (normalize && bad >= 0) {
        ctx.addIssue({ code: "custom", message: `'${parts[bad]?.value}' is not ${normalize.expected}` });
        return z.NEVER;
      }
      const pick = (exclude: boolean) =>
        normalized.filter((part) => part.exclude === exclude).map((part) => part.value as string);
      return { include: pick(false), exclude: pick(true) };
    })
    .optional();

const filterSchema = filterValues();
/** A code filter: `Unknown` (any case) for none, else a code matching `pattern`, upper-cased. */
const codes = (pattern: RegExp, expected: string) =>
  filterValues({
    value: (value) =>
      /^unknown$/i.test(value) ? "Unknown" : pattern.test(value) ? value.toUpperCase() : null,
    expected,
  });

const booleanFlag = z
  .enum(["true", "false"], { error: "Must be true or false" })
  .transform((value) => value === "true")
  .optional();
const singleValue = z
  .string()
  .max(1000)
  .refine(...acceptableText)
  .optional();
const dateParameter = z.string().max(64).optional();

/** Dub filters over data this API does not record: refused (422) rather than silently ignored. */
const UNRECORDED_FILTERS = {
  customerId: "needs customer data, which this API does not record",
  groupId: "needs partner group data, which this API does not record",
  partnerTagId: "needs partner tag data, which this API does not record",
  saleType: "needs sales data, which this API does not record",
  query: "(a filter expression) is not supported; use the individual filters",
} as const;

const unrecordedFilters = Object.fromEntries(
  Object.entries(UNRECORDED_FILTERS).map(([name, why]) => [
    name,
    z.undefined({ error: `'${name}' ${why}` }).optional(),
  ]),
) as Record<keyof typeof UNRECORDED_FILTERS, z.ZodOptional<z.ZodUndefined>>;

/** Every filter of Dub's analytics and events requests, beside the time range. */
export const clickQueryShape = {
  interval: z.enum(ANALYTICS_INTERVALS).optional().describe("The period to cover; `24h` by default."),
  start: dateParameter.describe("ISO 8601 start; takes precedence over `interval`."),
  end: dateParameter.describe("ISO 8601 end (exclusive); now by default. A bare date includes that day."),
  timezone: z
    .string()
    .default("UTC")
    .refine(isTimeZone, "Must be an IANA time zone such as America/New_York")
    .describe("IANA time zone for timeseries buckets and mtd/qtd/ytd; UTC by default."),
  linkId: filterSchema.describe("Link id(s) (another project's id counts nothing)."),
  externalId: singleValue.describe("The link's externalId, with or without the `ext_` prefix."),
  domain: filterSchema.describe("Short-link domain(s)."),
  key: singleValue.describe("Short-link key (with `domain` for one link)."),
  tagId: filterSchema.describe("Tag id(s)."),
  tagIds: filterSchema.describe("Deprecated: use `tagId`."),
  tenantId: filterSchema,
  folderId: filterSchema,
  partnerId: filterSchema,
  programId: filterSchema,
  url: filterSchema.describe("Destination URL(s)."),
  utm_source: filterSchema,
  utm_medium: filterSchema,
  utm_campaign: filterSchema,
  utm_term: filterSchema,
  utm_content: filterSchema,
  country: codes(/^[a-z]{2}$/i, "a two-letter country code").describe(
    "Two-letter country code(s); `Unknown` for none.",
  ),
  region: codes(/^[a-z]{2}-[a-z0-9]{1,3}$/i, "an ISO 3166-2 code such as US-CA").describe(
    "ISO 3166-2 region code(s) such as `US-CA`; `Unknown` for none.",
  ),
  city: filterSchema.describe("City name(s) as the CDN reports them; `Unknown` for none."),
  continent: codes(
    new RegExp(`^(${CONTINENTS.join("|")})$`, "i"),
    `one of ${CONTINENTS.join(", ")}`,
  ).describe("Continent code(s): AF, AN, AS, EU, NA, OC, SA; `Unknown` for none."),
  device: filterSchema.describe("Device(s): Desktop, Mobile, Tablet, TV; `Unknown` for none."),
  browser: filterSchema.describe("Browser name(s); `Unknown` for none."),
  os: filterSchema.describe("OS name(s); `Unknown` for none."),
  trigger: filterValues({
    value: (value) => ((CLICK_TRIGGERS as readonly string[]).includes(value) ? value : null),
    expected: `one of ${CLICK_TRIGGERS.join(", ")}`,
  }).describe("`link` (through the short link) or `qr` (a scan of its QR code)."),
  qr: booleanFlag.describe("`true`: QR scans only; `false`: no QR scans."),
  referer: filterValues({
    value: (value) => (value === "(direct)" ? value : normalizeRefererHost(value)),
    expected: "a hostname",
  }).describe("Referring hostname(s), `www.` ignored; `(direct)` for none."),
  refererUrl: filterSchema.describe("Referring URL(s) without query string; `(direct)` for none."),
  root: booleanFlag.describe(
    "`true`: clicks on a domain's root (never recorded here, so none); `false`: clicks on links.",
  ),
  projectSlug: z.string().optional().describe("Checked against the key's project."),
  workspaceId: z.string().optional().describe("Checked against the key's project."),
  ...unrecordedFilters,
};

/** Unknown query parameters are a 422 naming them, never ignored. */
export const strictQuery = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown query parameter(s): ${issue.keys.map((key) => `'${key}'`).join(", ")}`
        : undefined,
  });

type TimedQuery = {
  start?: string;
  end?: string;
  timezone: string;
  tagIds?: Values;
  tagId?: Values;
  externalId?: string;
};

/**
 * `start`/`end` as instants in `timezone` (422 for an unreadable or reversed range), `tagIds` folded into `tagId`,
 * `ext_` dropped from `externalId`.
 */
export function withTimeRange<Q extends TimedQuery>(query: Q, ctx: z.RefinementCtx) {
  const start =
    query.start === undefined ? undefined : parseAnalyticsDate(query.start, query.timezone, "start");
  const end = query.end === undefined ? undefined : parseAnalyticsDate(query.end, query.timezone, "end");
  for (const [name, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (value === null) {
      ctx.addIssue({ code: "custom", path: [name], message: "Must be an ISO 8601 date such as 2024-01-31" });
    }
  }
  if (start === null || end === null) return z.NEVER;
  const until = end ?? new Date();
  if (start && start > until) {
    ctx.addIssue({ code: "custom", path: ["start"], message: "Must not be after 'end' (now by default)" });
    return z.NEVER;
  }
  if (start && until.getTime() - start.getTime() > MAX_RANGE_YEARS * 366 * 86_400_000) {
    ctx.addIssue({ code: "custom", path: ["start"], message: `Cover at most ${MAX_RANGE_YEARS} years` });
    return z.NEVER;
  }
  const { tagIds, externalId, ...rest } = query;
  return {
    ...rest,
    start,
    end,
    tagId: query.tagId ?? tagIds,
    externalId: externalId?.replace(/^ext_/, ""),
  };
}
