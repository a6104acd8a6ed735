"use client";

import { CopyButton } from "@/components/copy-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
    <div className="min-w-0 rounded-lg border">
      <Table aria-label="Recent requests">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableHead key={column}>{column}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => (
            <TableRow key={request.requestId}>
              <TableCell>
                <time
                  dateTime={request.at.toISOString()}
                  title={formatDate(request.at, { timeStyle: "long", zone })}
                >
                  {request.at.toLocaleTimeString("en-US", { timeZone: zone === "utc" ? "UTC" : undefined })}
                </time>
              </TableCell>
              <TableCell className="font-mono text-xs">{request.method}</TableCell>
              <TableCell className="max-w-64 truncate font-mono text-xs" title={request.path}>
                {request.path}
              </TableCell>
              <TableCell>
                <StatusBadge status={request.status} />
              </TableCell>
              <TableCell className="text-right tabular-nums">{request.durationMs} ms</TableCell>
              <TableCell className="font-mono text-xs">{request.clientAddress}</TableCell>
              <TableCell className="max-w-48 truncate text-xs" title={request.userAgent ?? undefined}>
                {request.userAgent ?? <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell>
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
