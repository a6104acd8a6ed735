import "server-only";
import { after } from "next/server";
import { insertClick } from "@/db/queries/short-links";
import { type ClickTrigger, QR_MARKER } from "@/lib/analytics/click-triggers";
import { type ClickGeo, geoFromHeaders, NO_GEO } from "@/lib/analytics/geo";
import { refererDetails } from "@/lib/analytics/referer";
import { isFromTrustedProxy } from "@/lib/client-address";
import { randomBase62 } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { parseUserAgent, type UserAgentDetails } from "./user-agent";

export type ClickDetails = UserAgentDetails &
  ClickGeo & { referer: string | null; refererUrl: string | null; trigger: ClickTrigger };

/**
 * Country, region, city and continent from the proxy's geo headers. Only a proxy TRUST_PROXY trusts is believed
 * (SPEC §11): a client could send these headers itself.
 */
export function geoFromTrustedHeaders(headers: Headers, fromProxy = isFromTrustedProxy(headers)): ClickGeo {
  return fromProxy ? geoFromHeaders(headers) : NO_GEO;
}

/**
 * `qr` for a visit through the QR code's link (the QR endpoint marks the short links it encodes), else `link`.
 * The marker only tells the trigger: resolving never passes the request's query string on to the destination.
 */
export function clickTrigger(request: Request): ClickTrigger {
  return new URL(request.url).searchParams.get(QR_MARKER.name) === QR_MARKER.value ? "qr" : "link";
}

/** What a click records about its visitor, read from the request headers. */
export function clickDetails(
  headers: Headers,
  {
    referrer = headers.get("referer"),
    trigger = "link",
  }: { referrer?: string | null; trigger?: ClickTrigger } = {},
): ClickDetails {
  return {
    ...parseUserAgent(headers.get("user-agent")),
    ...refererDetails(referrer),
    ...geoFromTrustedHeaders(headers),
    trigger,
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
  const { isBot: _, ...recorded } = details;
  await insertClick({ id: clickId, projectId, linkId, timestamp, ...recorded });
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
