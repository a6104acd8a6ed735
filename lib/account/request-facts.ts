import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/client-address";

/** The user agent and client address of the request being handled, for a new session's row. */
export async function requestFacts(): Promise<{ userAgent: string | null; ipAddress: string | null }> {
  try {
    const incoming = await headers();
    return { userAgent: incoming.get("user-agent"), ipAddress: clientAddress(incoming) };
  } catch {
    // Outside a request (a script): nothing to record.
    return { userAgent: null, ipAddress: null };
  }
}
