"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Member } from "@/db/queries/members";
import { useServerAction } from "@/lib/actions/use-server-action";
import { isRole, ROLE_LABELS, ROLES, type Role } from "@/lib/roles";
import { changeMemberRoleAction } from "../actions";
import { useRefreshPeople } from "../use-people";

type Props = {
  slug: string;
  member: Member;
  isSelf: boolean;
  disabled: boolean;
  describedBy?: string;
};

export function MemberRoleSelect({ slug, member, isSelf, disabled, describedBy }: Props) {
  const change = useServerAction(changeMemberRoleAction);
  const refresh = useRefreshPeople(slug);
  const router = useRouter();
  const [chosen, setChosen] = useState<Role | null>(null);

  async function onValueChange(value: string) {
    const role = isRole(value) ? value : null;
    if (!role || role === member.role) return;
    setChosen(role);
    try {
      const result = await change.run({ projectSlug: slug, userId: member.id, role });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(`${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`);
      await refresh();
      // Stepping down changes what this page may show the viewer.
      if (isSelf) router.refresh();
    } finally {
      setChosen(null);
    }
  }

  return (
    <Select value={chosen ?? member.role} onValueChange={onValueChange} disabled={disabled || change.pending}>
      <SelectTrigger size="sm" aria-label={`Role for ${member.name}`} aria-describedby={describedBy}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {ROLES.map((role) => (
          <SelectItem key={role} value={role}>
            {ROLE_LABELS[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
