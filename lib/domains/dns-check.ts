import { Resolver } from "node:dns/promises";
import { env } from "@/lib/env";

/** What the DNS said about a name's TXT records. */
export type TxtLookup =
  | { kind: "found"; values: string[] }
  /** The name does not exist, or has no TXT record: a definite answer. */
  | { kind: "none" }
  /** No answer to rely on (timeout, refused, SERVFAIL): nothing can be concluded. */
  | { kind: "error"; code: string };

const TIMEOUT_MS = 3_000;
const TRIES = 2;
/** Answers that say the record is not there, as opposed to a failure to find out. */
const ABSENT = new Set(["ENOTFOUND", "ENODATA"]);

/**
 * The TXT records at `name`, asked of `DNS_SERVER` when set, else of the system's resolvers. Each record's
 * character-strings are joined, as RFC 7208 §3.3 reads a long value. Never throws.
 */
export async function lookupTxt(
  name: string,
  {
    server = env().DNS_SERVER,
    timeoutMs = TIMEOUT_MS,
  }: { server?: string | undefined; timeoutMs?: number } = {},
): Promise<TxtLookup> {
  const resolver = new Resolver({ timeout: timeoutMs, tries: TRIES });
  if (server) resolver.setServers([server]);
  try {
    const records = await resolver.resolveTxt(name);
    return records.length > 0
      ? { kind: "found", values: records.map((chunks) => chunks.join("")) }
      : { kind: "none" };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && ABSENT.has(code)) return { kind: "none" };
    return { kind: "error", code: typeof code === "string" ? code : "EUNKNOWN" };
  }
}
