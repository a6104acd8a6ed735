import { TriangleAlertIcon } from "lucide-react";
import { listApiKeyLeaks } from "@/db/queries/api-key-leaks";
import type { ApiKeyLeak } from "@/db/schema";
import { formatDate } from "@/lib/format-time";

type Leak = Pick<ApiKeyLeak, "id" | "keyName" | "displayKey" | "url" | "foundAt">;

/** Only a web address is a link: the URL comes from a report, and a `javascript:` one must stay text. */
function webAddress(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** One line per key GitHub's secret scanning found in public code: where, when, and that it was revoked. */
export function LeakedKeysBanner({ leaks }: { leaks: readonly Leak[] }) {
  if (leaks.length === 0) return null;
  return (
    <section
      aria-label="Leaked API keys"
      className="grid gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4 text-sm"
    >
      {leaks.map((leak) => {
        const href = webAddress(leak.url);
        return (
          <div key={leak.id} role="alert" className="flex min-w-0 gap-3">
            <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-destructive" />
            <p className="min-w-0 break-words">
              <span className="font-medium">{leak.keyName}</span>{" "}
              <span className="font-mono text-muted-foreground">{leak.displayKey}</span>: Found in public code
              at{" "}
              {href ? (
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="break-all font-medium underline underline-offset-2"
                >
                  {leak.url}
                </a>
              ) : (
                <span className="break-all font-medium">{leak.url}</span>
              )}{" "}
              — revoked{" "}
              <time className="text-muted-foreground" dateTime={leak.foundAt.toISOString()}>
                {formatDate(leak.foundAt)}
              </time>
            </p>
          </div>
        );
      })}
    </section>
  );
}

/** The banner for a project's leaked keys (or one key's, on its own page), loaded on the server. */
export async function ProjectLeakedKeysBanner({ projectId, keyId }: { projectId: string; keyId?: string }) {
  const leaks = await listApiKeyLeaks({ projectId });
  return <LeakedKeysBanner leaks={keyId ? leaks.filter((leak) => leak.keyId === keyId) : leaks} />;
}
