import type { NewApiRequest } from "@/db/schema";
import { clientAddress } from "@/lib/client-address";

const MAX_PATH_LENGTH = 1_024;
const MAX_USER_AGENT_LENGTH = 256;
/** Anything shaped like one of our keys, wherever a client put it (a path segment, a query name, its user agent). */
const KEY_LIKE = /codeqr_[0-9A-Za-z_]*/g;
const QUERY_NAME = /^[A-Za-z_][\w.[\]-]{0,63}$/;

/**
 * A request made with a known key, as the response path hands it over: references and numbers, nothing worked
 * out yet (one small object per request). The writer turns it into a row (toRow) off the response path; the
 * request's URL and headers never leave memory.
 */
export type ApiRequestEntry = {
  request: Request;
  requestId: string;
  key: { id: string; project: { id: string } };
  routeId: string;
  status: number;
  /** `performance.now()` when the request arrived (in the proxy, for one it let through) and when it was answered. */
  startedAt: number;
  endedAt: number;
};

const redactKeys = (text: string) => text.replace(KEY_LIKE, "codeqr_…");

/** `/api/links?page&search`: the path with the names of its query parameters, never their values. */
export function pathWithQueryNames(url: string): string {
  const { pathname, searchParams } = new URL(url);
  const names = [...new Set(searchParams.keys())].map((name) => (QUERY_NAME.test(name) ? name : "_"));
  const path = names.length > 0 ? `${pathname}?${names.join("&")}` : pathname;
  return redactKeys(path).slice(0, MAX_PATH_LENGTH);
}

/** The row stored for an entry: the trusted client address, a truncated user agent, no header besides. */
export function toRow({ request, key, ...entry }: ApiRequestEntry): NewApiRequest {
  const userAgent = request.headers.get("user-agent");
  return {
    requestId: entry.requestId,
    // The process's monotonic clock from its start: no wall-clock step can reorder a key's requests.
    at: new Date(Math.round(performance.timeOrigin + entry.startedAt)),
    projectId: key.project.id,
    keyId: key.id,
    method: request.method,
    routeId: entry.routeId,
    path: pathWithQueryNames(request.url),
    status: entry.status,
    durationMs: Math.max(0, Math.round(entry.endedAt - entry.startedAt)),
    clientAddress: clientAddress(request.headers),
    userAgent: userAgent === null ? null : redactKeys(userAgent).slice(0, MAX_USER_AGENT_LENGTH),
  };
}
