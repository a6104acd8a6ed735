"use client";

import { FormAlert } from "@/components/form-alert";
import { MachineBadge } from "@/components/machine-badge";
import { TruncatedText } from "@/components/truncated-text";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Member } from "@/db/queries/members";
import { isOwnerRole } from "@/lib/authorization";
import { formatDate } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/roles";
import { useMembers } from "../use-people";
import { LeaveProjectButton } from "./leave-project-button";
import { MemberRoleSelect } from "./member-role-select";
import { RemoveMemberButton } from "./remove-member-button";

type Props = {
  slug: string;
  projectName: string;
  currentUserId: string;
  canManage: boolean;
  initialMembers: Member[];
};

export function MembersTable({ slug, projectName, currentUserId, canManage, initialMembers }: Props) {
  const { query: members } = useMembers(slug, initialMembers);
  const humanOwners = members.data.filter((member) => !member.isMachine && isOwnerRole(member.role)).length;
  return (
    <div className="grid gap-3">
      {members.isError ? (
        <FormAlert message={`Could not refresh the list. ${members.error.message}`} />
      ) : null}
      <Table aria-label="Members" aria-busy={members.isFetching || undefined}>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead className="hidden md:table-cell">Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden sm:table-cell">Joined</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.data.map((member) => {
            const isSelf = member.id === currentUserId;
            const lastOwner = !member.isMachine && isOwnerRole(member.role) && humanOwners <= 1;
            const showReason = lastOwner && (canManage || isSelf);
            const reasonId = showReason ? `last-owner-${member.id}` : undefined;
            return (
              <TableRow key={member.id}>
                {/* w-full + max-w-0: the name column takes the room left and truncates instead of widening. */}
                <TableCell className="w-full max-w-0 font-medium">
                  <div className="flex min-w-0 items-center gap-2">
                    <TruncatedText text={member.name} />
                    {isSelf ? (
                      <span className="shrink-0 font-normal text-muted-foreground text-xs">(you)</span>
                    ) : null}
                    {member.isMachine ? <MachineBadge /> : null}
                  </div>
                  {member.email ? (
                    <TruncatedText
                      text={member.email}
                      className="font-normal text-muted-foreground text-xs md:hidden"
                    />
                  ) : null}
                  {reasonId ? (
                    <p
                      id={reasonId}
                      className="mt-1 whitespace-normal font-normal text-muted-foreground text-xs"
                    >
                      The last owner cannot be demoted or leave. Make someone else an owner first.
                    </p>
                  ) : null}
                </TableCell>
                <TableCell className="hidden max-w-64 text-muted-foreground md:table-cell">
                  {member.email ? <TruncatedText text={member.email} /> : "—"}
                </TableCell>
                <TableCell>
                  {canManage && !member.isMachine ? (
                    <MemberRoleSelect
                      slug={slug}
                      member={member}
                      isSelf={isSelf}
                      disabled={lastOwner}
                      describedBy={reasonId}
                    />
                  ) : (
                    <span>{ROLE_LABELS[member.role]}</span>
                  )}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  <time dateTime={member.joinedAt.toISOString()}>{formatDate(member.joinedAt)}</time>
                </TableCell>
                <TableCell className="text-right">
                  {isSelf ? (
                    <LeaveProjectButton
                      slug={slug}
                      projectName={projectName}
                      disabled={lastOwner}
                      describedBy={reasonId}
                    />
                  ) : canManage ? (
                    <RemoveMemberButton
                      slug={slug}
                      projectName={projectName}
                      member={member}
                      disabled={lastOwner}
                      describedBy={reasonId}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
