import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditLog } from "@/db/schema";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-actions";
import { formatDate } from "@/lib/format-time";
import { auditDetails } from "../../../audit-log/_components/format-entry";

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
            <div className="min-w-0 rounded-lg border">
              <Table aria-label="Key history">
                <TableHeader>
                  <TableRow>
                    <TableHead>Action</TableHead>
                    <TableHead>Actor</TableHead>
                    <TableHead>Details</TableHead>
                    <TableHead>IP</TableHead>
                    <TableHead>Time</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {entries.map((entry) => (
                    <TableRow key={entry.id}>
                      <TableCell className="font-medium">{AUDIT_ACTION_LABELS[entry.action]}</TableCell>
                      <TableCell>{entry.actorName}</TableCell>
                      <TableCell className="min-w-48 whitespace-normal break-words font-mono text-xs">
                        {auditDetails(entry) || "—"}
                      </TableCell>
                      <TableCell className="font-mono text-xs">{entry.ipAddress ?? "—"}</TableCell>
                      <TableCell>
                        <time dateTime={entry.createdAt.toISOString()}>
                          {formatDate(entry.createdAt, { timeStyle: "long" })}
                        </time>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </CardContent>
      )}
    </Card>
  );
}
