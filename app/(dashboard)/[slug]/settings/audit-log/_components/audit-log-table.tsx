import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditLog } from "@/db/schema";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-actions";
import { displayAddress } from "@/lib/display-address";
import { formatDate, formatRelative } from "@/lib/format-time";
import { auditDetails } from "./format-entry";

type AuditLogTableProps = {
  entries: AuditLog[];
  now: Date;
  /** The table's accessible name. */
  label?: string;
  /** False where every entry has the same target (a key's own history). */
  withTarget?: boolean;
};

/** Audit entries, newest first: the project's audit log, and a key's History on its page. */
export function AuditLogTable({ entries, now, label = "Audit log", withTarget = true }: AuditLogTableProps) {
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Action</TableHead>
          <TableHead>Actor</TableHead>
          {withTarget ? <TableHead>Target</TableHead> : null}
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
            {withTarget ? (
              <TableCell className="max-w-48 truncate" title={entry.targetName}>
                {entry.targetName}
              </TableCell>
            ) : null}
            <TableCell className="min-w-56 whitespace-normal break-words font-mono text-xs">
              {auditDetails(entry) || "—"}
            </TableCell>
            <TableCell className="font-mono text-xs">{displayAddress(entry.ipAddress) ?? "—"}</TableCell>
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
