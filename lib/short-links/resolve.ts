import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { findDomainByHost, findLinkAt } from "@/db/queries/short-links";
import type { Domain, Link } from "@/db/schema";
import { appHost, appOrigin } from "@/lib/app-origin";

type ShortLinkRef = Pick<Link, "domain" | "key">;

/** `{APP_URL}/s/{key}` on the app's own domain, `https://{domain}/{key}` on a project domain. */
export function shortLinkUrl(link: ShortLinkRef, headers: Headers): string {
  const key = encodeURIComponent(link.key);
  return link.domain === appHost(headers)
    ? `${appOrigin(headers)}/s/${key}`
    : `https://${link.domain}/${key}`;
}

/**
 * The host a short-link request was made on. X-Forwarded-Host first: Next keeps the original host there when
 * proxy.ts rewrites `https://{domain}/{key}` to `/s/{key}` (Host then becomes the server's own), and so does a
 * reverse proxy. It only selects which link to resolve, which the Host header could do just the same.
 */
export function requestHost(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("host") || new URL(request.url).host).toLowerCase();
}

/**
 * The link at `host`/`key` and the host's project domain, if it is one. A host that is no project domain
 * (the app reached through another name, e.g. behind a proxy that rewrites Host) means the app's own domain.
 * A link on a project domain that belongs to another project is not found.
 */
export async function findShortLink(input: { host: string; key: string; headers: Headers }) {
  // Text PostgreSQL cannot store (NUL) or longer than any key names no link; it never reaches the database.
  if (!isStorableText(input.host, 260) || !isStorableText(input.key, 1000))
    return { domain: null, link: null };
  const [domain, link] = await Promise.all([
    findDomainByHost({ host: input.host }),
    findLinkAt({ domain: input.host, key: input.key }),
  ]);
  if (link) return { domain, link: !domain || domain.projectId === link.projectId ? link : null };
  const ownHost = appHost(input.headers);
  if (domain || input.host === ownHost) return { domain, link: null };
  return { domain, link: await findLinkAt({ domain: ownHost, key: input.key }) };
}

/** The project's link at `domain`/`key`, or null (another project's link is not found). */
export async function findProjectShortLink(input: { projectId: string; domain: string; key: string }) {
  const link = await findLinkAt({ domain: input.domain, key: input.key });
  return link?.projectId === input.projectId ? link : null;
}

function isStorableText(value: string, maxLength: number): boolean {
  return value.length > 0 && value.length <= maxLength && !value.includes("\u0000");
}

export type Visitor = { country: string | null; os: string | null; password: string | null };

export type Resolution =
  | { kind: "redirect"; url: string; link: Link }
  | { kind: "password"; wrong: boolean }
  | { kind: "expired"; url: string | null }
  | { kind: "not_found"; url: string | null };

/** Where a visitor goes: the pure part of resolving, after the lookup. */
export function resolveShortLink(
  found: { link: Link | null; domain: Domain | null },
  visitor: Visitor,
  now = new Date(),
): Resolution {
  const { link, domain } = found;
  const notFound = { kind: "not_found", url: location(domain?.notFoundUrl) } as const;
  if (!link || link.archived || (link.disabledAt && link.disabledAt <= now)) return notFound;
  if (link.expiresAt && link.expiresAt <= now) {
    return { kind: "expired", url: location(link.expiredUrl) ?? location(domain?.expiredUrl) };
  }
  if (link.password && !samePassword(link.password, visitor.password)) {
    return { kind: "password", wrong: visitor.password !== null };
  }
  const url = location(targetUrl(link, visitor));
  return url ? { kind: "redirect", url, link } : notFound;
}

/** The device or country target when one applies, else the link's URL with its utm_* parameters. */
function targetUrl(link: Link, visitor: Visitor): string {
  if (visitor.os === "iOS" && link.ios) return link.ios;
  if (visitor.os === "Android" && link.android) return link.android;
  const geo = visitor.country ? link.geo?.[visitor.country] : undefined;
  if (geo) return geo;
  return withUtmParameters(link);
}

const UTM_COLUMNS = {
  utm_source: "utmSource",
  utm_medium: "utmMedium",
  utm_campaign: "utmCampaign",
  utm_term: "utmTerm",
  utm_content: "utmContent",
} as const satisfies Record<string, keyof Link>;

/** The link's URL with each utm_* the link sets (replacing one the URL already has). */
export function withUtmParameters(link: Link): string {
  const set = Object.entries(UTM_COLUMNS).filter(([, column]) => link[column]);
  if (set.length === 0) return link.url;
  try {
    const url = new URL(link.url);
    for (const [parameter, column] of set) url.searchParams.set(parameter, link[column] ?? "");
    return url.href;
  } catch {
    return link.url;
  }
}

const UNSAFE_SCHEMES = new Set(["javascript:", "data:", "vbscript:"]);

/** A URL fit for a Location header (absolute, percent-encoded, no script scheme), or null. */
function location(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return UNSAFE_SCHEMES.has(parsed.protocol) ? null : parsed.href;
  } catch {
    return null;
  }
}

function samePassword(expected: string, given: string | null): boolean {
  if (given === null) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}
