"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  stackedTable as stacked,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { useServerAction } from "@/lib/actions/use-server-action";
import { displayAddress } from "@/lib/display-address";
import { formatDate, formatRelative } from "@/lib/format-time";
import { cn } from "@/lib/utils";
import { endSessionAction } from "../actions";

export type SessionRow = {
  id: string;
  device: string;
  ipAddress: string | null;
  createdAt: number;
  lastSeenAt: number;
};

type Props = { sessions: SessionRow[]; currentId: string; now: number };

export function SessionsTable({ sessions, currentId, now }: Props) {
  const router = useRouter();
  const end = useServerAction(endSessionAction);

  async function endOne(sessionId: string) {
    const result = await end.run({ sessionId });
    if (!result.ok) return;
    toast.success("Session signed out");
    router.refresh();
  }

  return (
    <div className="grid gap-3">
      <FormAlert message={end.formError} />
      {/* Below 48rem each session is a card with every field, rather than a row with columns cut away. */}
      <Table aria-label="Sessions" className={stacked.table}>
        <TableHeader className={stacked.header}>
          <TableRow>
            <TableHead>Device</TableHead>
            <TableHead>Address</TableHead>
            <TableHead>Signed in</TableHead>
            <TableHead>Last seen</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody className={stacked.body}>
          {sessions.map((session) => {
            const current = session.id === currentId;
            const lastSeen = formatRelative(new Date(session.lastSeenAt), now);
            return (
              <TableRow key={session.id} className={stacked.row}>
                <TableCell data-label="Device" className={stacked.cell}>
                  <span>
                    {session.device}
                    {current ? (
                      <Badge variant="secondary" className="ml-2">
                        This device
                      </Badge>
                    ) : null}
                  </span>
                </TableCell>
                <TableCell data-label="Address" className={cn(stacked.cell, "max-md:break-all")}>
                  {displayAddress(session.ipAddress) ?? "Unknown"}
                </TableCell>
                <TableCell data-label="Signed in" className={stacked.cell}>
                  {formatDate(new Date(session.createdAt), { timeStyle: "short" })}
                </TableCell>
                <TableCell data-label="Last seen" className={stacked.cell}>
                  {current ? "Now" : lastSeen}
                </TableCell>
                <TableCell className="text-right max-md:p-0 max-md:text-left max-md:empty:hidden">
                  {current ? null : (
                    <Button
                      variant="outline"
                      size="sm"
                      disabled={end.pending}
                      aria-label={`Sign out ${session.device}, last seen ${lastSeen}`}
                      onClick={() => endOne(session.id)}
                    >
                      Sign out
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
