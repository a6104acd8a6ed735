import { TruncatedText } from "@/components/truncated-text";
import {
  stackedTable as stacked,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { AuditLog } from "@/db/schema";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-actions";
import { displayAddress } from "@/lib/display-address";
import { formatDate, formatRelative } from "@/lib/format-time";
import { cn } from "@/lib/utils";
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
    <Table aria-label={label} className={cn(stacked.table, "md:table-fixed")}>
      <TableHeader className={stacked.header}>
        <TableRow>
          {/* Fixed widths: long text truncates in its own column, and Time always has room for itself. */}
          <TableHead className="w-36">Action</TableHead>
          <TableHead className="w-28">Actor</TableHead>
          {withTarget ? <TableHead className="w-32">Target</TableHead> : null}
          <TableHead>Details</TableHead>
          <TableHead className="w-28">IP</TableHead>
          <TableHead className="w-32">Time</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody className={stacked.body}>
        {entries.map((entry) => (
          <TableRow key={entry.id} className={stacked.row}>
            <TableCell data-label="Action" className={cn(stacked.cell, "font-medium")}>
              <TruncatedText text={AUDIT_ACTION_LABELS[entry.action]} />
            </TableCell>
            <TableCell data-label="Actor" className={stacked.cell}>
              <TruncatedText text={entry.actorName} />
            </TableCell>
            {withTarget ? (
              <TableCell data-label="Target" className={stacked.cell}>
                <TruncatedText text={entry.targetName} />
              </TableCell>
            ) : null}
            <TableCell
              data-label="Details"
              className={cn(stacked.cell, "whitespace-normal break-words font-mono text-xs")}
            >
              {auditDetails(entry) || "—"}
            </TableCell>
            <TableCell data-label="IP" className={cn(stacked.cell, "font-mono text-xs")}>
              <TruncatedText text={displayAddress(entry.ipAddress) ?? "—"} />
            </TableCell>
            <TableCell data-label="Time" className={stacked.cell}>
              <time
                dateTime={entry.createdAt.toISOString()}
                title={formatRelative(entry.createdAt, now)}
                className="tabular-nums"
              >
                <span className="md:block">{formatDate(entry.createdAt)}</span>{" "}
                <span className="text-muted-foreground text-xs md:block">
                  {entry.createdAt.toLocaleTimeString("en-US", { timeStyle: "long", timeZone: "UTC" })}
                </span>
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
