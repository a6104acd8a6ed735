import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuditLog } from "@/db/schema";
import { AuditLogTable } from "../../../audit-log/_components/audit-log-table";

/** "History": the key's audit entries, newest first; `null` when the viewer may not see them. */
export function KeyHistoryCard({ entries }: { entries: AuditLog[] | null }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h3>History</h3>
        </CardTitle>
        <CardDescription>
          {entries === null
            ? "Only owners and the key's own owner can see its history."
            : "Who created, changed and rolled this key; newest first. Times are in UTC."}
        </CardDescription>
      </CardHeader>
      {entries === null ? null : (
        <CardContent>
          {entries.length === 0 ? (
            <p className="text-muted-foreground text-sm">Nothing recorded for this key.</p>
          ) : (
            <div className="min-w-0 md:rounded-lg md:border">
              <AuditLogTable entries={entries} now={new Date()} label="Key history" withTarget={false} />
            </div>
          )}
        </CardContent>
      )}
    </Card>
  );
}
