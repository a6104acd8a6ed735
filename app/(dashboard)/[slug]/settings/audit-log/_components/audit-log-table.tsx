import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditLog } from "@/db/schema";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-actions";
import { formatDate, formatRelative } from "@/lib/format-time";
import { auditDetails } from "./format-entry";

export function AuditLogTable({ entries, now }: { entries: AuditLog[]; now: Date }) {
  return (
    <Table aria-label="Audit log">
      <TableHeader>
        <TableRow>
          <TableHead>Action</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Target</TableHead>
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
            <TableCell className="max-w-48 truncate" title={entry.targetName}>
              {entry.targetName}
            </TableCell>
            <TableCell className="min-w-56 whitespace-normal break-words font-mono text-xs">
              {auditDetails(entry) || "—"}
            </TableCell>
            <TableCell className="font-mono text-xs">{entry.ipAddress ?? "—"}</TableCell>
            <TableCell>
              <time dateTime={entry.createdAt.toISOString()} title={formatRelative(entry.createdAt, now)}>
                {formatDate(entry.createdAt, { timeStyle: "long" })}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
