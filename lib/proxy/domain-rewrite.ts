import { type NextRequest, NextResponse } from "next/server";
import { isProjectDomain } from "@/db/queries/short-links";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

/** A known short-link host is re-checked after 30 s; an unknown one after 5 s, so a newly verified domain serves soon on every instance. */
const KNOWN_HOST_MS = 30_000;
const UNKNOWN_HOST_MS = 5_000;

async function isShortLinkHost(host: string): Promise<boolean> {
  const cache = processSingleton("domain-hosts", () => new Map<string, { known: boolean; until: number }>());
  const cached = cache.get(host);
  if (cached && cached.until > Date.now()) return cached.known;
  const known = await isProjectDomain({ host });
  if (cache.size > 10_000) cache.clear();
  cache.set(host, { known, until: Date.now() + (known ? KNOWN_HOST_MS : UNKNOWN_HOST_MS) });
  return known;
}

/** `https://{projectDomain}/{key}` is served by `/s/{key}` (which resolves by the Host header). */
export async function rewriteProjectDomain(request: NextRequest, pathname: string): Promise<Response | null> {
  const host = request.headers.get("host")?.toLowerCase();
  const configured = env().APP_URL;
  if (!host || (configured && host === new URL(configured).host)) return null;
  const key = /^\/([^/]+)$/.exec(pathname)?.[1];
  if (!key || !(await isShortLinkHost(host))) return null;
  const target = request.nextUrl.clone();
  target.pathname = `/s/${key}`;
  return NextResponse.rewrite(target);
}
