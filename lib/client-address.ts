/**
 * The client's address as the app sees it: the first X-Forwarded-For hop (set by Next itself when no proxy
 * sent one), else X-Real-IP. Behind a reverse proxy, that proxy must overwrite X-Forwarded-For.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
