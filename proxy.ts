import type { NextRequest } from "next/server";
import { guardApiRequest } from "@/lib/proxy/api-requests";
import { dashboardGate } from "@/lib/proxy/dashboard-gate";
import { rewriteProjectDomain } from "@/lib/proxy/domain-rewrite";

/** The first check of every request: the API pipeline, project short-link domains, then dashboard sign-in. */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) return guardApiRequest(request, pathname);
  return (await rewriteProjectDomain(request, pathname)) ?? dashboardGate(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
