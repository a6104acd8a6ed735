import "server-only";
import { isProjectDomain } from "@/db/queries/short-links";
import { QR_MARKER } from "@/lib/analytics/click-triggers";
import { appHost } from "@/lib/app-origin";

/**
 * The URL a QR code encodes: a short link of this app (`{APP_URL}/s/{key}` or `https://{projectDomain}/{key}`)
 * gets the scan marker (`?qr=1`), so that its clicks count as QR scans; any other URL is encoded as given.
 */
export async function qrCodeTarget(url: string, headers: Headers): Promise<string> {
  const parsed = new URL(url);
  if (parsed.searchParams.get(QR_MARKER.name) === QR_MARKER.value) return url;
  const host = parsed.host.toLowerCase();
  const ownShortLink = host === appHost(headers) && /^\/s\/[^/]+$/.test(parsed.pathname);
  const domainShortLink =
    !ownShortLink && /^\/[^/]+$/.test(parsed.pathname) && (await isProjectDomain({ host }));
  if (!ownShortLink && !domainShortLink) return url;
  parsed.searchParams.set(QR_MARKER.name, QR_MARKER.value);
  return parsed.href;
}
