"use client";

import { FormAlert } from "@/components/form-alert";
import { TruncatedText } from "@/components/truncated-text";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PendingInvitation } from "@/db/queries/invitations";
import { formatDate } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/roles";
import { useInvitations } from "../use-people";
import { RegenerateLinkButton, RevokeInvitationButton } from "./invitation-actions";

type Props = { slug: string; canManage: boolean; initialInvitations: PendingInvitation[] };

export function InvitationsTable({ slug, canManage, initialInvitations }: Props) {
  const { query: invitations } = useInvitations(slug, initialInvitations);
  const error = invitations.isError ? (
    <FormAlert message={`Could not refresh the list. ${invitations.error.message}`} />
  ) : null;
  if (invitations.data.length === 0) {
    return (
      <div className="grid gap-3">
        {error}
        <p className="text-muted-foreground text-sm">
          No pending invitations.{canManage ? " Invite someone above; their invitation appears here." : ""}
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      {error}
      <Table aria-label="Pending invitations" aria-busy={invitations.isFetching || undefined}>
        <TableHeader>
          <TableRow>
            <TableHead>Email</TableHead>
            <TableHead className="hidden sm:table-cell">Role</TableHead>
            <TableHead className="hidden md:table-cell">Invited</TableHead>
            <TableHead className="hidden sm:table-cell">Expires</TableHead>
            {canManage ? (
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {invitations.data.map((invitation) => (
            <TableRow key={invitation.id}>
              {/* w-full + max-w-0: the email takes the room left and truncates instead of widening. */}
              <TableCell className="w-full max-w-0 font-medium">
                <TruncatedText text={invitation.email} />
                <span className="block font-normal text-muted-foreground text-xs sm:hidden">
                  {ROLE_LABELS[invitation.role]} · expires{" "}
                  <time dateTime={invitation.expiresAt.toISOString()}>
                    {formatDate(invitation.expiresAt)}
                  </time>
                </span>
              </TableCell>
              <TableCell className="hidden sm:table-cell">{ROLE_LABELS[invitation.role]}</TableCell>
              <TableCell className="hidden md:table-cell">
                <time dateTime={invitation.createdAt.toISOString()}>{formatDate(invitation.createdAt)}</time>
                {invitation.invitedBy ? (
                  <TruncatedText
                    text={`by ${invitation.invitedBy}`}
                    className="max-w-48 text-muted-foreground text-xs"
                  />
                ) : null}
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <time dateTime={invitation.expiresAt.toISOString()}>{formatDate(invitation.expiresAt)}</time>
              </TableCell>
              {canManage ? (
                <TableCell className="text-right">
                  <div className="flex justify-end gap-2">
                    <RegenerateLinkButton slug={slug} invitation={invitation} />
                    <RevokeInvitationButton slug={slug} invitation={invitation} />
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
