import Link from "next/link";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuditLog } from "@/db/schema";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-actions";
import { formatDate, formatRelative } from "@/lib/format-time";
import { auditDetails } from "../settings/audit-log/_components/format-entry";

type Props = { entries: AuditLog[]; projectSlug: string; now: Date };

/** The newest audit entries, in the audit log's words; owners only (entries carry actors' addresses). */
export function RecentActivity({ entries, projectSlug, now }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 id="recent-activity">Recent activity</h2>
        </CardTitle>
        <CardDescription>The latest changes to keys and people.</CardDescription>
        <CardAction>
          <Link href={`/${projectSlug}/settings/audit-log`} className="text-sm underline underline-offset-4">
            View audit log
          </Link>
        </CardAction>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-muted-foreground text-sm">Nothing recorded yet.</p>
        ) : (
          <ul aria-labelledby="recent-activity" className="grid divide-y">
            {entries.map((entry) => {
              const details = auditDetails(entry);
              return (
                <li
                  key={entry.id}
                  className="grid gap-0.5 py-3 first:pt-0 last:pb-0 sm:grid-cols-[1fr_auto] sm:gap-4"
                >
                  <div className="min-w-0">
                    <p className="break-words text-sm">
                      <span className="font-medium">{AUDIT_ACTION_LABELS[entry.action]}</span>
                      <span className="text-muted-foreground"> · {entry.targetName}</span>
                    </p>
                    <p className="break-words text-muted-foreground text-xs">
                      by {entry.actorName}
                      {details ? ` · ${details}` : ""}
                    </p>
                  </div>
                  <time
                    dateTime={entry.createdAt.toISOString()}
                    title={formatDate(entry.createdAt, { timeStyle: "long" })}
                    className="whitespace-nowrap text-muted-foreground text-xs"
                  >
                    {formatRelative(entry.createdAt, now)}
                  </time>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
