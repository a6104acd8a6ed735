"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useServerAction } from "@/lib/actions/use-server-action";
import { displayAddress } from "@/lib/display-address";
import { formatDate, formatRelative } from "@/lib/format-time";
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
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Device</TableHead>
            <TableHead className="hidden sm:table-cell">Address</TableHead>
            <TableHead className="hidden sm:table-cell">Signed in</TableHead>
            <TableHead className="hidden sm:table-cell">Last seen</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((session) => {
            const current = session.id === currentId;
            return (
              <TableRow key={session.id}>
                <TableCell>
                  {session.device}
                  {current ? (
                    <Badge variant="secondary" className="ml-2">
                      This device
                    </Badge>
                  ) : null}
                  {/* On a phone the row is device, when, and its action; address and sign-in time need the width. */}
                  <div className="text-muted-foreground text-xs sm:hidden">
                    {current ? "Now" : formatRelative(new Date(session.lastSeenAt), now)}
                  </div>
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  {displayAddress(session.ipAddress) ?? "Unknown"}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  {formatDate(new Date(session.createdAt), { timeStyle: "short" })}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  {current ? "Now" : formatRelative(new Date(session.lastSeenAt), now)}
                </TableCell>
                <TableCell className="text-right">
                  {current ? null : (
                    <Button
                      variant="outline"
                      size="sm"
                      disabled={end.pending}
                      aria-label={`Sign out ${session.device}, last seen ${formatRelative(new Date(session.lastSeenAt), now)}`}
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
