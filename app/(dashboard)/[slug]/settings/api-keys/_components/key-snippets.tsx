"use client";

import { CopyButton } from "@/components/copy-button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
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

const TABS = [
  { value: "env", label: ".env", copyTarget: ".env line", subject: ".env line" },
  { value: "curl", label: "curl", copyTarget: "curl command", subject: "command" },
  { value: "typescript", label: "TypeScript", copyTarget: "TypeScript", subject: "code" },
] as const;

type KeySnippetsProps = {
  secret: string;
  scopes?: readonly Permission[];
  /** A snippet holding the secret was copied. */
  onCopied: () => void;
};

/**
 * The first request, in tabs: a `.env` line, a curl call and the `dub` SDK, against this server's origin.
 * The secret lives only in these props: nothing is logged, put in a URL or cached.
 */
export function KeySnippets({ secret, scopes, onCopied }: KeySnippetsProps) {
  // Rendered only in an open dialog, so in the browser; the guard keeps a server render from throwing.
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const snippets = keySnippets(origin, secret, scopes);
  return (
    <Tabs defaultValue="env" className="min-w-0">
      <TabsList aria-label="First request">
        {TABS.map((tab) => (
          <TabsTrigger key={tab.value} value={tab.value}>
            {tab.label}
          </TabsTrigger>
        ))}
      </TabsList>
      {TABS.map((tab) => (
        <TabsContent key={tab.value} value={tab.value} className="grid min-w-0 gap-2">
          <pre className="whitespace-pre-wrap break-all rounded-md border bg-muted px-3 py-2 font-mono text-xs">
            <code>{snippets[tab.value]}</code>
          </pre>
          <div className="flex justify-end">
            <CopyButton
              value={snippets[tab.value]}
              target={tab.copyTarget}
              subject={tab.subject}
              size="sm"
              // The TypeScript snippet reads the key from the environment: copying it does not take the key.
              onCopied={tab.value === "typescript" ? undefined : onCopied}
            />
          </div>
        </TabsContent>
      ))}
    </Tabs>
  );
}
