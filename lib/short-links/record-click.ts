import "server-only";
import { after } from "next/server";
import { insertClick } from "@/db/queries/short-links";
import { isFromTrustedProxy } from "@/lib/client-address";
import { randomBase62 } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { parseUserAgent, type UserAgentDetails } from "./user-agent";

/** Set by the proxy or CDN in front of the app (Cloudflare, Vercel, or any that is told to), first wins. */
export const COUNTRY_HEADERS = ["cf-ipcountry", "x-vercel-ip-country", "x-country-code"] as const;

export type ClickDetails = UserAgentDetails & { referer: string | null; country: string | null };

/** The referring page's hostname (`news.ycombinator.com`), or null for none or an unreadable one. */
export function refererHost(referer: string | null | undefined): string | null {
  if (!referer) return null;
  try {
    const { hostname } = new URL(referer);
    return hostname && hostname.length <= 253 ? hostname : null;
  } catch {
    return null;
  }
}

/**
 * A two-letter country code from the proxy's header; "XX" and "T1" (unknown, Tor) count as none. Only a proxy
 * TRUST_PROXY trusts is believed (SPEC §11): a client could send these headers itself.
 */
export function countryFromHeaders(headers: Headers, fromProxy = isFromTrustedProxy(headers)): string | null {
  if (!fromProxy) return null;
  for (const name of COUNTRY_HEADERS) {
    const value = headers.get(name)?.trim().toUpperCase();
    if (value && /^[A-Z]{2}$/.test(value) && value !== "XX") return value;
  }
  return null;
}

/** What a click records about its visitor, read from the request headers. */
export function clickDetails(headers: Headers, referrer = headers.get("referer")): ClickDetails {
  return {
    ...parseUserAgent(headers.get("user-agent")),
    referer: refererHost(referrer),
    country: countryFromHeaders(headers),
  };
}

type ClickInput = {
  projectId: string;
  linkId: string;
  details: ClickDetails;
  clickId?: string;
  timestamp?: Date;
};

/** Stores one click and bumps the link's counter; a bot's visit is not a click. Returns the click id. */
export async function recordClick(input: ClickInput): Promise<string> {
  const { projectId, linkId, details, clickId = randomBase62(16), timestamp = new Date() } = input;
  if (details.isBot) return clickId;
  const { referer, country, device, browser, os } = details;
  await insertClick({ id: clickId, projectId, linkId, timestamp, referer, country, device, browser, os });
  return clickId;
}

/**
 * Records the click after the response has gone out (Next's `after`), so a redirect never waits for the
 * database. Failures are logged, never thrown.
 */
export function recordClickAfterResponse(input: ClickInput): void {
  const clicked = { timestamp: new Date(), ...input };
  const task = () =>
    recordClick(clicked).catch((error: unknown) => {
      logger().error({ linkId: input.linkId, err: error }, "could not record a click");
    });
  try {
    after(task);
  } catch {
    // Outside a Next request scope (tests, scripts) there is no `after`: start it and let it run.
    void task();
  }
}
