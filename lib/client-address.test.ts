import { describe, expect, it } from "vitest";
import { clientAddress, isFromTrustedProxy, PEER_HEADER, UNKNOWN_ADDRESS } from "./client-address";
import { parseTrustProxy } from "./trust-proxy";

const SPOOF = "6.6.6.6";
const CLIENT = "198.51.100.7";

/** Request headers as scripts/serve.mjs hands them on: the peer it saw, and what the client or proxies sent. */
function headersOf(peer: string | null, forwardedFor?: string, extra: Record<string, string> = {}): Headers {
  const headers = new Headers(extra);
  if (peer !== null) headers.set(PEER_HEADER, peer);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("clientAddress", () => {
  it.each([
    // [TRUST_PROXY, peer, X-Forwarded-For, the address]
    // No trusted proxy: X-Forwarded-For and X-Real-IP are the client's word, never taken.
    [undefined, "203.0.113.9", SPOOF, "203.0.113.9"],
    ["", "203.0.113.9", `${SPOOF}, ${CLIENT}`, "203.0.113.9"],
    ["false", "127.0.0.1", SPOOF, "127.0.0.1"],
    ["0", "127.0.0.1", SPOOF, "127.0.0.1"],
    [undefined, "::ffff:127.0.0.1", undefined, "127.0.0.1"],
    [undefined, "2001:DB8:0:0::1", SPOOF, "2001:db8::1"],
    // loopback: a proxy on this host names the client; entries left of the right-most untrusted are ignored.
    ["loopback", "127.0.0.1", CLIENT, CLIENT],
    ["loopback", "::ffff:127.0.0.1", CLIENT, CLIENT],
    ["loopback", "::1", `::ffff:${CLIENT}`, CLIENT],
    ["loopback", "127.0.0.1", `${SPOOF}, ${CLIENT}`, CLIENT],
    ["loopback", "127.0.0.1", `${CLIENT}, 127.0.0.2`, CLIENT],
    ["loopback", "127.0.0.1", undefined, "127.0.0.1"],
    ["loopback", "203.0.113.9", CLIENT, "203.0.113.9"],
    // Hop counts: the n hops nearest the app are trusted, whatever their address.
    ["1", "10.0.0.5", `${SPOOF}, ${CLIENT}`, CLIENT],
    ["2", "10.0.0.5", `${SPOOF}, ${CLIENT}`, SPOOF],
    ["5", "10.0.0.5", `${SPOOF}, ${CLIENT}`, SPOOF],
    ["true", "10.0.0.5", `${SPOOF}, ${CLIENT}`, SPOOF],
    ["TRUE", "10.0.0.5", undefined, "10.0.0.5"],
    // Lists of addresses and CIDRs, with the names proxy-addr knows.
    ["10.0.0.0/8, 192.168.1.1", "10.1.2.3", `${CLIENT}, 192.168.1.1`, CLIENT],
    ["10.0.0.0/8, 192.168.1.1", "10.1.2.3", `${CLIENT}, 192.168.1.2`, "192.168.1.2"],
    ["10.0.0.0/8", "11.0.0.1", CLIENT, "11.0.0.1"],
    ["uniquelocal", "172.16.4.4", CLIENT, CLIENT],
    ["linklocal", "169.254.1.1", CLIENT, CLIENT],
    ["fd00::/8", "fd00::1", "2001:DB8::0:1", "2001:db8::1"],
    ["fd00::/8", "::ffff:10.0.0.1", CLIENT, "10.0.0.1"],
    // Garbage in a trusted proxy's report: the trusted hop that reported it is the answer.
    ["loopback", "127.0.0.1", "<script>", "127.0.0.1"],
    ["loopback", "127.0.0.1", `${CLIENT}:4711`, "127.0.0.1"],
    ["loopback", "127.0.0.1", "010.0.0.1", "127.0.0.1"],
    ["loopback", "127.0.0.1", "1", "127.0.0.1"],
    ["2", "10.0.0.1", `unknown, ${CLIENT}`, CLIENT],
    ["loopback", "127.0.0.1", "", "127.0.0.1"],
  ] as const)("TRUST_PROXY=%j, peer %s, X-Forwarded-For %j → %s", (trust, peer, forwardedFor, expected) => {
    expect(clientAddress(headersOf(peer, forwardedFor), parseTrustProxy(trust))).toBe(expected);
  });

  it.each([
    ["no peer header", headersOf(null, CLIENT, { "x-real-ip": CLIENT })],
    ["an empty peer header", headersOf("", CLIENT)],
    ["a peer header that is no address", headersOf("evil.example", CLIENT)],
  ])("%s → %s, even when every proxy is trusted", (_label, headers) => {
    expect(clientAddress(headers, parseTrustProxy("true"))).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers)).toBe(UNKNOWN_ADDRESS);
  });

  it("reads TRUST_PROXY from the environment (loopback in tests, vitest.config.ts)", () => {
    expect(clientAddress(headersOf("127.0.0.1", SPOOF))).toBe(SPOOF);
    expect(clientAddress(headersOf("203.0.113.9", SPOOF))).toBe("203.0.113.9");
  });
});

describe("isFromTrustedProxy", () => {
  it.each([
    [undefined, "127.0.0.1", false],
    ["loopback", "127.0.0.1", true],
    ["loopback", "::ffff:127.0.0.1", true],
    ["loopback", "203.0.113.9", false],
    ["10.0.0.0/8", "10.9.9.9", true],
    ["1", "203.0.113.9", true],
    ["0", "203.0.113.9", false],
    ["true", null, false],
  ] as const)("TRUST_PROXY=%j, peer %s → %s", (trust, peer, expected) => {
    expect(isFromTrustedProxy(headersOf(peer), parseTrustProxy(trust))).toBe(expected);
  });
});

describe("parseTrustProxy", () => {
  it.each(["10.0.0.0/33", "loopbak", "1.2.3", "-1", "1.5", "10.0.0.1,,10.0.0.2", "localhost"])(
    "refuses %j",
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(TypeError);
    },
  );
});
