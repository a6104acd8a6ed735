"use client";

import { CopyButton } from "@/components/copy-button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { Permission } from "@/lib/api-keys/permissions";
import { keySnippets } from "./first-request";

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
