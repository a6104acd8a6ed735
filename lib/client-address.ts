import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";
import { env } from "@/lib/env";
import { parseTrustProxy, type TrustProxy } from "@/lib/trust-proxy";

/**
 * The TCP peer's address. scripts/serve.mjs (what `npm start` runs) sets it on every request, over any copy a
 * client sent, before Next sees the request; nothing else may set it.
 */
export const PEER_HEADER = "x-codeqr-peer";

/**
 * The address of a request that did not come through scripts/serve.mjs (a unit test calling a handler, `next
 * dev`): all such requests share it, and no client-sent header can change it.
 */
export const UNKNOWN_ADDRESS = "unknown";

let configured: TrustProxy | undefined;

/** TRUST_PROXY, parsed once (lib/env.ts has already refused a value that does not parse). */
function configuredTrust(): TrustProxy {
  configured ??= parseTrustProxy(env().TRUST_PROXY);
  return configured;
}

/** A plain IPv4 or IPv6 address in its canonical form (IPv4-mapped IPv6 as IPv4), or null for anything else. */
function canonical(address: string | undefined): string | null {
  const text = address?.trim() ?? "";
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) return null;
  return ipaddr.process(text).toString();
}

/**
 * THE caller's address (SPEC §11), read by every throttle and the audit log: the TCP peer's, unless TRUST_PROXY
 * trusts it as a proxy; then, walking X-Forwarded-For from the right, the first hop that is not trusted (all of
 * them trusted: the left-most). An entry that is not an address falls back to the trusted hop that reported it.
 * Without the peer header (see UNKNOWN_ADDRESS) the answer is UNKNOWN_ADDRESS, whatever else the request says.
 */
export function clientAddress(headers: Headers, trust: TrustProxy = configuredTrust()): string {
  const peer = canonical(headers.get(PEER_HEADER) ?? undefined);
  if (!peer) return UNKNOWN_ADDRESS;
  const request = {
    socket: { remoteAddress: peer },
    headers: { "x-forwarded-for": headers.get("x-forwarded-for") ?? "" },
  } as unknown as Parameters<typeof proxyaddr.all>[0];
  const hops = proxyaddr.all(request, trust);
  for (let index = hops.length - 1; index > 0; index--) {
    const address = canonical(hops[index]);
    if (address) return address;
  }
  return peer;
}

/** Whether the TCP peer is a proxy TRUST_PROXY trusts: only then do its geo headers (`cf-ipcountry`, …) count. */
export function isFromTrustedProxy(headers: Headers, trust: TrustProxy = configuredTrust()): boolean {
  const peer = canonical(headers.get(PEER_HEADER) ?? undefined);
  return peer !== null && trust(peer, 0);
}
