import { parseUserAgent } from "@/lib/short-links/user-agent";

/** A session's device as a person would name it: "Chrome on Linux", "curl", "Unknown device". */
export function describeAgent(userAgent: string | null): string {
  const { browser, os } = parseUserAgent(userAgent);
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? (userAgent?.split(/[\s/]/)[0] || "Unknown device");
}
