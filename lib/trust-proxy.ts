import proxyaddr from "proxy-addr";

/** Whether the hop at `index` (0 is the TCP peer, 1 the address it reported, …) is a proxy we trust. */
export type TrustProxy = (address: string, index: number) => boolean;

/**
 * TRUST_PROXY read as Express reads its `trust proxy` setting: unset, empty or `false` trusts no proxy; `true`
 * trusts every hop; a whole number n trusts the n hops nearest the app; anything else is a comma-separated list
 * of addresses, CIDRs and the names `loopback`, `linklocal` and `uniquelocal` (parsed by proxy-addr).
 * Throws a TypeError naming the first entry that is none of these.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text.toLowerCase() === "false") return () => false;
  if (text.toLowerCase() === "true") return () => true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, index) => index < hops;
  }
  const trusted = proxyaddr.compile(text.split(",").map((entry) => entry.trim()));
  return (address, index) => trusted(address, index);
}
