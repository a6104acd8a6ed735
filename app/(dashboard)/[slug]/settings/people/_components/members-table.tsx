"use client";

import { FormAlert } from "@/components/form-alert";
import { MachineBadge } from "@/components/machine-badge";
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
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Joined</TableHead>
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
                <TableCell className="font-medium">
                  <span className="flex items-center gap-2">
                    {member.name}
                    {isSelf ? <span className="font-normal text-muted-foreground text-xs">(you)</span> : null}
                    {member.isMachine ? <MachineBadge /> : null}
                  </span>
                </TableCell>
                <TableCell className="text-muted-foreground">{member.email ?? "—"}</TableCell>
                <TableCell>
                  <div className="grid gap-1">
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
                    {reasonId ? (
                      <p id={reasonId} className="max-w-56 whitespace-normal text-muted-foreground text-xs">
                        The last owner cannot be demoted or leave. Make someone else an owner first.
                      </p>
                    ) : null}
                  </div>
                </TableCell>
                <TableCell>
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
