import ipaddr from "ipaddr.js";

/**
 * A client address as people write it: an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) as plain IPv4,
 * IPv6 in its shortest form. Anything that is not an address is shown unchanged.
 */
export function displayAddress(address: string): string;
export function displayAddress(address: string | null | undefined): string | null;
export function displayAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  if (!ipaddr.isValid(address)) return address;
  return ipaddr.process(address).toString();
}
