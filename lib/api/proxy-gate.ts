import { randomBytes, timingSafeEqual } from "node:crypto";
import { processSingleton } from "@/lib/process-singleton";

/**
 * The proxy marks requests it has already counted against the rate limit with a random per-process token.
 * A client cannot guess it, and the proxy strips any copy a client sends. It never stands in for the
 * handler's own key and permission check; it only spares the handler a second count of the same request.
 */
export const GATE_HEADER = "x-codeqr-gate";

export function gateToken(): string {
  return processSingleton("proxy-gate-token", () => randomBytes(32).toString("hex"));
}

export function passedProxyGate(headers: Headers): boolean {
  const value = headers.get(GATE_HEADER);
  if (!value) return false;
  const expected = Buffer.from(gateToken());
  const actual = Buffer.from(value);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
