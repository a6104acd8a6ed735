import { Dub } from "dub";
import { HTTPClient } from "dub/lib/http";
import { matchRoute } from "@/lib/api/routes";
import { handlerFor } from "./route-handlers";

/** The official Dub SDK, unchanged, its requests served by the route handlers themselves (no server). */
export function dubClient(token: string): Dub {
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const route = matchRoute(request.method, new URL(request.url).pathname);
    const handler = route && handlerFor(route.id);
    if (!route || !handler) return Response.json({ error: "no route" }, { status: 404 });
    return handler(request, { params: Promise.resolve(route.params) });
  };
  return new Dub({
    token,
    serverURL: "http://localhost:3000/api",
    httpClient: new HTTPClient({ fetcher }),
    retryConfig: { strategy: "none" },
  });
}
