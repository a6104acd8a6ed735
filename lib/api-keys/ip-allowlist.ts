import ipaddr from "ipaddr.js";

/** The most entries one key's allowlist may hold. */
export const MAX_ALLOWLIST_ENTRIES = 100;

export type ParsedAllowlist = { ok: true; entries: string[] } | { ok: false; errors: string[] };

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Longer lines are cut in error messages, so one pasted blob cannot flood the form. */
const QUOTED_LINE_MAX = 60;

function quoted(line: string): string {
  return line.length > QUOTED_LINE_MAX ? `"${line.slice(0, QUOTED_LINE_MAX)}…"` : `"${line}"`;
}

/**
 * One address or CIDR range → its range, or null. IPv4 must be four decimal parts ("10.1" and "0x0a.0.0.1" are
 * refused: people do not mean them); zone ids are refused (they never appear in a client address); an
 * IPv4-mapped IPv6 entry becomes the IPv4 one it stands for, so it matches the client addresses we compare to.
 */
function parseRange(text: string): Range | null {
  const [address = "", bits, ...rest] = text.split("/");
  if (rest.length > 0 || address.includes("%")) return null;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return null;
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) ip = ipaddr.IPv4.parse(address);
  else if (ipaddr.IPv6.isValid(address)) ip = ipaddr.IPv6.parse(address);
  else return null;
  const full = ip.kind() === "ipv4" ? 32 : 128;
  let prefix = bits === undefined ? full : Number(bits);
  if (prefix > full) return null;
  if (ip instanceof ipaddr.IPv6 && ip.isIPv4MappedAddress() && prefix >= 96) {
    ip = ip.toIPv4Address();
    prefix -= 96;
  }
  return [ip, prefix];
}

/** A range in its one stored spelling: the network address (host bits cleared) and the prefix length. */
function normalised([ip, prefix]: Range): string {
  const cidr = `${ip.toString()}/${prefix}`;
  const network =
    ip.kind() === "ipv4"
      ? ipaddr.IPv4.networkAddressFromCIDR(cidr)
      : ipaddr.IPv6.networkAddressFromCIDR(cidr);
  return `${network.toString()}/${prefix}`;
}

/**
 * The "Allowed IP addresses" field: one IPv4 or IPv6 address or CIDR range a line, blank lines ignored, at most
 * MAX_ALLOWLIST_ENTRIES. Entries come back normalised ("10.0.0.7/8" → "10.0.0.0/8", "203.0.113.7" →
 * "203.0.113.7/32") and without duplicates; every bad line is named by its number. Empty means any address.
 */
export function parseAllowlist(text: string): ParsedAllowlist {
  const entries = new Set<string>();
  const errors: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const range = parseRange(line);
    if (range) entries.add(normalised(range));
    else errors.push(`Line ${index + 1}: ${quoted(line)} is not an IPv4 or IPv6 address or CIDR range.`);
  });
  if (entries.size > MAX_ALLOWLIST_ENTRIES) {
    errors.push(`Use at most ${MAX_ALLOWLIST_ENTRIES} addresses or ranges (this list has ${entries.size}).`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries: [...entries] };
}

/** A stored entry as people write it: a single address without its "/32" or "/128". */
export function formatAllowlistEntry(entry: string): string {
  return entry.includes(":") ? entry.replace(/\/128$/, "") : entry.replace(/\/32$/, "");
}

/** The allowlist as the form's textarea shows it, one entry a line. */
export function allowlistText(entries: readonly string[]): string {
  return entries.map(formatAllowlistEntry).join("\n");
}

export type AllowlistMatcher = (address: string) => boolean;

const ANY_ADDRESS: AllowlistMatcher = () => true;

const DOTTED_QUAD = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i;

/**
 * An IPv4 address (or its IPv4-mapped IPv6 form) as an unsigned 32-bit number, or null. Hand-rolled because it
 * runs on every request of an allowlisted key: ipaddr.js's general parser costs about as much as the SHA-256 of
 * the key itself.
 */
function ipv4Number(address: string): number | null {
  const parts = DOTTED_QUAD.exec(address);
  if (!parts) return null;
  let value = 0;
  for (let index = 1; index <= 4; index++) {
    const octet = Number(parts[index]);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

const ipv4Mask = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/**
 * Stored entries → a check of one client address, with every range parsed once (the key cache keeps the
 * result). An empty list allows any address; otherwise an address that does not parse ("unknown") is refused.
 * An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is compared as the IPv4 address it carries.
 */
export function compileAllowlist(entries: readonly string[]): AllowlistMatcher {
  if (entries.length === 0) return ANY_ADDRESS;
  const v4: { network: number; mask: number }[] = [];
  const v6: [ipaddr.IPv6, number][] = [];
  for (const entry of entries) {
    const range = parseRange(entry);
    if (!range) continue; // Stored entries were parsed on the way in; a bad one grants nothing.
    const [ip, prefix] = range;
    if (ip instanceof ipaddr.IPv6) v6.push([ip, prefix]);
    else v4.push({ network: (ipv4Number(ip.toString()) ?? 0) & ipv4Mask(prefix), mask: ipv4Mask(prefix) });
  }
  const inV4 = (value: number) => v4.some(({ network, mask }) => (value & mask) >>> 0 === network >>> 0);
  return (address) => {
    const asNumber = ipv4Number(address);
    if (asNumber !== null) return inV4(asNumber);
    if (!ipaddr.IPv6.isValid(address) || address.includes("%")) return false;
    const ip = ipaddr.process(address);
    // A mapped form the fast path does not read ("::ffff:7f00:1"): the IPv4 address it carries.
    if (ip instanceof ipaddr.IPv4) return inV4(ipv4Number(ip.toString()) ?? -1);
    return v6.some((range) => ip.match(range));
  };
}
