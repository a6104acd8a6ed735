import { levelsFromScopes, type Permission, type Resource } from "@/lib/api-keys/permissions";

/**
 * A first request per resource, in the order tried: the first one the key may read is taught. Kept here
 * rather than read from lib/api/routes, which would bring every zod schema into the browser bundle.
 */
const FIRST_REQUESTS: { resource: Resource; path: string; sdkCall: string }[] = [
  {
    resource: "links",
    path: "/api/links",
    sdkCall: "const links = await dub.links.list();\nconsole.log(links);",
  },
  { resource: "tags", path: "/api/tags", sdkCall: "const tags = await dub.tags.list();\nconsole.log(tags);" },
  {
    resource: "domains",
    path: "/api/domains",
    sdkCall: "const domains = await dub.domains.list();\nconsole.log(domains.result);",
  },
  {
    resource: "analytics",
    path: "/api/analytics",
    sdkCall: 'const clicks = await dub.analytics.retrieve({ groupBy: "count" });\nconsole.log(clicks);',
  },
];

const FALLBACK = FIRST_REQUESTS[0] as (typeof FIRST_REQUESTS)[number];

/** The first request a key with these permissions may make; unknown permissions get the links list. */
export function firstRequestFor(scopes: readonly Permission[] | undefined) {
  if (!scopes) return FALLBACK;
  const levels = levelsFromScopes(scopes);
  return FIRST_REQUESTS.find(({ resource }) => levels[resource] !== "none") ?? FALLBACK;
}

/** The three snippets for `secret` against this server (`origin`, e.g. "https://keys.example.com"). */
export function keySnippets(origin: string, secret: string, scopes?: readonly Permission[]) {
  const request = firstRequestFor(scopes);
  return {
    env: `CODEQR_API_KEY=${secret}`,
    curl: `curl ${origin}${request.path} -H "Authorization: Bearer ${secret}"`,
    typescript: [
      'import { Dub } from "dub";',
      "",
      "const dub = new Dub({",
      "  token: process.env.CODEQR_API_KEY,",
      `  serverURL: "${origin}/api",`,
      "});",
      "",
      request.sdkCall,
    ].join("\n"),
  };
}
