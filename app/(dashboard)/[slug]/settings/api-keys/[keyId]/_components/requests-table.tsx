"use client";

import { CopyButton } from "@/components/copy-button";
import { Badge } from "@/components/ui/badge";
import {
  stackedTable as stacked,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { RecentRequest } from "@/db/queries/request-log";
import { formatDate } from "@/lib/format-time";
import { cn } from "@/lib/utils";
import { useNow } from "../../_components/time-text";

const COLUMNS = ["Time", "Method", "Path", "Status", "Duration", "IP", "User agent", "Request id"];

/** A status as a badge colored by its class: 2xx calm, 4xx a warning, 5xx an error. */
function StatusBadge({ status }: { status: number }) {
  const statusClass = Math.floor(status / 100);
  return (
    <Badge
      variant={statusClass === 5 ? "destructive" : statusClass === 4 ? "outline" : "secondary"}
      className={cn("font-mono", statusClass === 4 && "border-chart-2 bg-chart-2/15")}
    >
      {status}
    </Badge>
  );
}

export function RequestsTable({ requests }: { requests: RecentRequest[] }) {
  const now = useNow();
  const zone = now === null ? "utc" : "local";
  return (
    // Below 48rem each request is a card of its own (the table's border goes to the cards).
    <div className="min-w-0 md:rounded-lg md:border">
      <Table aria-label="Recent requests" className={stacked.table}>
        <TableHeader className={stacked.header}>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableHead key={column}>{column}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody className={stacked.body}>
          {requests.map((request) => (
            <TableRow key={request.requestId} className={stacked.row}>
              <TableCell data-label="Time" className={stacked.cell}>
                <time
                  dateTime={request.at.toISOString()}
                  title={formatDate(request.at, { timeStyle: "long", zone })}
                >
                  {request.at.toLocaleTimeString("en-US", { timeZone: zone === "utc" ? "UTC" : undefined })}
                </time>
              </TableCell>
              <TableCell data-label="Method" className={cn(stacked.cell, "font-mono text-xs")}>
                {request.method}
              </TableCell>
              <TableCell
                data-label="Path"
                className={cn(stacked.cell, "font-mono text-xs max-md:break-all md:max-w-64 md:truncate")}
                title={request.path}
              >
                {request.path}
              </TableCell>
              <TableCell data-label="Status" className={cn(stacked.cell, "max-md:justify-items-start")}>
                <StatusBadge status={request.status} />
              </TableCell>
              <TableCell data-label="Duration" className={cn(stacked.cell, "tabular-nums md:text-right")}>
                {request.durationMs} ms
              </TableCell>
              <TableCell data-label="IP" className={cn(stacked.cell, "font-mono text-xs max-md:break-all")}>
                {request.clientAddress}
              </TableCell>
              <TableCell
                data-label="User agent"
                className={cn(stacked.cell, "text-xs md:max-w-48 md:truncate")}
                title={request.userAgent ?? undefined}
              >
                {request.userAgent ?? <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell data-label="Request id" className={stacked.cell}>
                <span className="flex items-center gap-2">
                  <code className="font-mono text-xs" title={request.requestId}>
                    {request.requestId.slice(0, 8)}…
                  </code>
                  <CopyButton value={request.requestId} subject="request id" size="sm" />
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
