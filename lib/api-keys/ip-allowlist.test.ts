import { describe, expect, it } from "vitest";
import {
  allowlistText,
  compileAllowlist,
  formatAllowlistEntry,
  MAX_ALLOWLIST_ENTRIES,
  parseAllowlist,
} from "./ip-allowlist";

describe("parseAllowlist", () => {
  it.each([
    ["", []],
    ["\n  \n\t\n", []],
    ["203.0.113.7", ["203.0.113.7/32"]],
    ["  203.0.113.7  ", ["203.0.113.7/32"]],
    ["10.0.0.0/8", ["10.0.0.0/8"]],
    ["10.1.2.3/8", ["10.0.0.0/8"]],
    ["0.0.0.0/0", ["0.0.0.0/0"]],
    ["2001:DB8:0:0::1", ["2001:db8::1/128"]],
    ["2001:db8::/32", ["2001:db8::/32"]],
    ["2001:db8:1234::5/48", ["2001:db8:1234::/48"]],
    ["::ffff:127.0.0.1", ["127.0.0.1/32"]],
    ["::ffff:10.0.0.0/104", ["10.0.0.0/8"]],
    ["203.0.113.7\r\n203.0.113.7/32\n198.51.100.0/24", ["203.0.113.7/32", "198.51.100.0/24"]],
  ])("%j → %j", (text, entries) => {
    expect(parseAllowlist(text)).toEqual({ ok: true, entries });
  });

  it.each([
    ["10.0.0.300", 1],
    ["10.1", 1],
    ["0x0a.0.0.1", 1],
    ["10.0.0.0/33", 1],
    ["10.0.0.0/", 1],
    ["10.0.0.0/8/8", 1],
    ["2001:db8::/129", 1],
    ["fe80::1%eth0", 1],
    ["example.com", 1],
    ["203.0.113.7\n\nnot an address", 3],
  ])("refuses %j, naming line %i", (text, line) => {
    const bad = text.split("\n")[line - 1]?.trim();
    expect(parseAllowlist(text)).toEqual({
      ok: false,
      errors: [`Line ${line}: "${bad}" is not an IPv4 or IPv6 address or CIDR range.`],
    });
  });

  it("names every bad line, cutting long ones", () => {
    const long = "x".repeat(200);
    const result = parseAllowlist(`1.2.3.4\nnope\n${long}`);
    expect(result).toEqual({
      ok: false,
      errors: [
        'Line 2: "nope" is not an IPv4 or IPv6 address or CIDR range.',
        `Line 3: "${"x".repeat(60)}…" is not an IPv4 or IPv6 address or CIDR range.`,
      ],
    });
  });

  it(`takes at most ${MAX_ALLOWLIST_ENTRIES} entries, counted after removing duplicates`, () => {
    const addresses = (count: number) => Array.from({ length: count }, (_, i) => `10.0.${i >> 8}.${i & 255}`);
    expect(parseAllowlist([...addresses(100), ...addresses(100)].join("\n"))).toMatchObject({ ok: true });
    expect(parseAllowlist(addresses(101).join("\n"))).toEqual({
      ok: false,
      errors: ["Use at most 100 addresses or ranges (this list has 101)."],
    });
  });
});

describe("compileAllowlist", () => {
  const entries = ["203.0.113.7/32", "10.0.0.0/8", "2001:db8::/32", "127.0.0.1/32"];

  it.each([
    ["203.0.113.7", true],
    ["203.0.113.8", false],
    ["10.200.3.4", true],
    ["11.0.0.1", false],
    ["2001:db8:ffff::1", true],
    ["2001:db9::1", false],
    ["::ffff:127.0.0.1", true],
    ["::ffff:10.9.9.9", true],
    ["::ffff:203.0.113.8", false],
    ["::FFFF:10.9.9.9", true],
    ["::ffff:7f00:1", true],
    ["10.0.0.256", false],
    ["203.0.113.7.1", false],
    ["unknown", false],
    ["", false],
  ])("%s → %s", (address, allowed) => {
    expect(compileAllowlist(entries)(address)).toBe(allowed);
  });

  it.each([
    ["0.0.0.0/0", "198.51.100.1", true],
    ["0.0.0.0/0", "2001:db8::1", false],
    ["::/0", "2001:db8::1", true],
    ["198.51.100.128/25", "198.51.100.200", true],
    ["198.51.100.128/25", "198.51.100.127", false],
  ])("%s lets %s through: %s", (entry, address, allowed) => {
    expect(compileAllowlist([entry])(address)).toBe(allowed);
  });

  it("lets every address through when the list is empty, even an unknown one", () => {
    const any = compileAllowlist([]);
    expect([any("203.0.113.7"), any("2001:db8::1"), any("unknown")]).toEqual([true, true, true]);
  });

  it("matches an IPv6 client against an IPv4-mapped entry stored as IPv4", () => {
    const parsed = parseAllowlist("::ffff:192.0.2.1");
    if (!parsed.ok) throw new Error("expected a valid list");
    expect(compileAllowlist(parsed.entries)("192.0.2.1")).toBe(true);
  });
});

describe("allowlistText", () => {
  it("shows single addresses without their full-length prefix", () => {
    expect(allowlistText(["203.0.113.7/32", "10.0.0.0/8", "2001:db8::1/128", "2001:db8::/32"])).toBe(
      "203.0.113.7\n10.0.0.0/8\n2001:db8::1\n2001:db8::/32",
    );
    expect(formatAllowlistEntry("::/0")).toBe("::/0");
  });
});
