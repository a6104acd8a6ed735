import path from "node:path";
import { ROUTES, type RouteId, routeOf } from "@/lib/api/routes";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response> | Response;

const ROOT = path.resolve(import.meta.dirname, "..");

/** The file that serves an API path: "/api/tags/{id}" → "app/api/tags/[id]/route.ts". */
const routeFile = (apiPath: string) => `app${apiPath.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;

/** The route module of every path of the table, by file: the handlers Next serves, not listed again. */
const MODULES: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    [...new Set(ROUTES.map((route) => routeFile(route.path)))].map(async (file) => [
      file,
      (await import(path.join(ROOT, file))) as Record<string, unknown>,
    ]),
  ),
);

/** The exported handler for a route id such as "PATCH /api/tags/{id}", or undefined. */
export function handlerFor(routeId: RouteId): Handler | undefined {
  const route = routeOf(routeId);
  return MODULES[routeFile(route.path)]?.[route.method] as Handler | undefined;
}

/** Fills `{param}` placeholders: "/api/tags/{id}" + { id: "tag_1" } → "/api/tags/tag_1" (a lone surrogate as U+FFFD). */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent((params[name] ?? "missing").toWellFormed()),
  );
}
