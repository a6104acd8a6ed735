import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableTruncate,
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

// Below 48rem each row is a card: cells stack, each led by its column's name (the header row is hidden).
const stackedRow =
  "max-md:grid max-md:gap-1.5 max-md:rounded-lg max-md:border max-md:p-3 max-md:hover:bg-transparent";
const stackedCell = cn(
  "max-md:grid max-md:grid-cols-[5rem_minmax(0,1fr)] max-md:items-baseline max-md:gap-3 max-md:p-0",
  "max-md:whitespace-normal max-md:before:text-muted-foreground max-md:before:text-xs",
  "max-md:before:font-normal max-md:before:font-sans max-md:before:content-[attr(data-label)]",
);

/** Audit entries, newest first: the project's audit log, and a key's History on its page. */
export function AuditLogTable({ entries, now, label = "Audit log", withTarget = true }: AuditLogTableProps) {
  return (
    <Table aria-label={label} className="max-md:block md:table-fixed">
      <TableHeader className="max-md:hidden">
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
      <TableBody className="max-md:grid max-md:gap-3 max-md:[&_tr:last-child]:border">
        {entries.map((entry) => (
          <TableRow key={entry.id} className={stackedRow}>
            <TableCell data-label="Action" className={cn(stackedCell, "font-medium")}>
              <TableTruncate>{AUDIT_ACTION_LABELS[entry.action]}</TableTruncate>
            </TableCell>
            <TableCell data-label="Actor" className={stackedCell}>
              <TableTruncate>{entry.actorName}</TableTruncate>
            </TableCell>
            {withTarget ? (
              <TableCell data-label="Target" className={stackedCell}>
                <TableTruncate>{entry.targetName}</TableTruncate>
              </TableCell>
            ) : null}
            <TableCell
              data-label="Details"
              className={cn(stackedCell, "whitespace-normal break-words font-mono text-xs")}
            >
              {auditDetails(entry) || "—"}
            </TableCell>
            <TableCell data-label="IP" className={cn(stackedCell, "font-mono text-xs")}>
              <TableTruncate>{displayAddress(entry.ipAddress) ?? "—"}</TableTruncate>
            </TableCell>
            <TableCell data-label="Time" className={stackedCell}>
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
