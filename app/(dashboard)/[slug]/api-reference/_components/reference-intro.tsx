import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InlineCode } from "./inline-code";

type ReferenceIntroProps = { baseUrl: string; version: string; projectSlug: string; description: string };

/** Where the API lives, how to authenticate, and a first request to try. */
export function ReferenceIntro({ baseUrl, version, projectSlug, description }: ReferenceIntroProps) {
  const curl = [
    `curl "${baseUrl}/links?pageSize=10" \\`,
    '  -H "Authorization: Bearer codeqr_…"',
    "",
    `curl -X POST ${baseUrl}/links \\`,
    '  -H "Authorization: Bearer codeqr_…" \\',
    '  -H "Content-Type: application/json" \\',
    `  -d '{"url": "https://example.com"}'`,
  ].join("\n");
  return (
    <Card id="overview" className="scroll-mt-6">
      <CardHeader>
        <CardTitle>
          <h1 className="text-2xl">API reference</h1>
        </CardTitle>
        <CardDescription>
          Version {version} · <InlineCode text={description} />
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">Base URL</dt>
          <dd>
            <code className="break-all font-mono text-xs">{baseUrl}</code>
          </dd>
          <dt className="font-medium">Authentication</dt>
          <dd>
            <code className="font-mono text-xs">Authorization: Bearer codeqr_…</code> with a secret key from{" "}
            <Link href={`/${projectSlug}/settings/api-keys`} className="underline underline-offset-4">
              Settings → API Keys
            </Link>
            . The key decides the project and what it may do; click tracking takes the publishable key{" "}
            <code className="font-mono text-xs">codeqr_pk_…</code> instead. Key routes also take an optional{" "}
            <code className="font-mono text-xs">projectSlug</code> or{" "}
            <code className="font-mono text-xs">workspaceId</code> query parameter; when sent, it must name
            the key's project (else 403).
          </dd>
          <dt className="font-medium">OpenAPI document</dt>
          <dd>
            <a href={`${baseUrl}/openapi.json`} className="break-all underline underline-offset-4">
              {baseUrl}/openapi.json
            </a>{" "}
            (OpenAPI 3.1, for code generators and API clients)
          </dd>
          <dt className="font-medium">Errors</dt>
          <dd>
            Every error is JSON:{" "}
            <code className="font-mono text-xs">{'{"error": {"code", "message", "doc_url"}}'}</code>
          </dd>
        </dl>
        {/* Wrapped, not scrolled: a phone shows all of it, with nothing to reach by keyboard. */}
        <pre className="whitespace-pre-wrap break-all rounded-md bg-muted p-4 font-mono text-xs">
          <code>{curl}</code>
        </pre>
      </CardContent>
    </Card>
  );
}
