"use client";

import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { RequestCursor } from "@/db/queries/request-log";
import type { KeyRequestsPage } from "../actions";
import { STATUS_FILTER_LABELS, STATUS_FILTERS, type StatusFilter } from "../activity-schemas";
import { type RequestFilters, useKeyRequests } from "../use-key-activity";
import { RequestsTable } from "./requests-table";

const ALL_ROUTES = "all";

type RecentRequestsCardProps = { pageRef: { projectSlug: string; keyId: string }; initial: KeyRequestsPage };

/** "Recent requests": newest first, filtered by status class and route, paged by cursor, refreshed live. */
export function RecentRequestsCard({ pageRef, initial }: RecentRequestsCardProps) {
  const [filters, setFilters] = useState<RequestFilters>({ status: "all", routeId: null });
  // The cursors of the pages before this one's; the last is where this page starts (none: the newest page).
  const [cursors, setCursors] = useState<RequestCursor[]>([]);
  const requests = useKeyRequests(pageRef, filters, cursors.at(-1) ?? null, initial);
  const data = requests.data;

  function filter(next: Partial<RequestFilters>) {
    setFilters((previous) => ({ ...previous, ...next }));
    setCursors([]);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h3>Recent requests</h3>
        </CardTitle>
        <CardDescription>Newest first; new requests appear within a few seconds.</CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-4">
        <div className="flex flex-wrap gap-4">
          <div className="grid gap-1.5">
            <Label htmlFor="requests-status">Status</Label>
            <Select
              value={filters.status}
              onValueChange={(value) => filter({ status: value as StatusFilter })}
            >
              <SelectTrigger id="requests-status" className="w-28">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {STATUS_FILTERS.map((status) => (
                  <SelectItem key={status} value={status}>
                    {STATUS_FILTER_LABELS[status]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid min-w-0 gap-1.5">
            <Label htmlFor="requests-route">Route</Label>
            <Select
              value={filters.routeId ?? ALL_ROUTES}
              onValueChange={(value) => filter({ routeId: value === ALL_ROUTES ? null : value })}
            >
              <SelectTrigger id="requests-route" className="w-64 max-w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ALL_ROUTES}>All routes</SelectItem>
                {(data?.routes ?? initial.routes).map((routeId) => (
                  <SelectItem key={routeId} value={routeId}>
                    {routeId}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </div>
        {requests.isError ? (
          <FormAlert message={`Could not load the requests: ${requests.error.message}`} />
        ) : null}
        {data && data.requests.length > 0 ? (
          <RequestsTable requests={data.requests} />
        ) : data ? (
          <p className="rounded-lg border border-dashed px-6 py-8 text-center text-muted-foreground text-sm">
            {filters.status === "all" && filters.routeId === null && cursors.length === 0
              ? "No requests yet. Requests made with this key appear here within a few seconds."
              : "No requests match these filters."}
          </p>
        ) : null}
        {cursors.length > 0 || data?.nextCursor ? (
          <nav aria-label="Recent requests pages" className="flex justify-end gap-2">
            <Button
              variant="outline"
              size="sm"
              disabled={cursors.length === 0}
              onClick={() => setCursors((previous) => previous.slice(0, -1))}
            >
              Newer
            </Button>
            <Button
              variant="outline"
              size="sm"
              disabled={!data?.nextCursor || requests.isPlaceholderData}
              onClick={() => {
                const next = data?.nextCursor;
                if (next) setCursors((previous) => [...previous, next]);
              }}
            >
              Older
            </Button>
          </nav>
        ) : null}
      </CardContent>
    </Card>
  );
}
