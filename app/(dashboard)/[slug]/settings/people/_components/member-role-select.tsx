"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
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

/** A member's role; making someone an owner asks first, since an owner can remove every other owner. */
export function MemberRoleSelect({ slug, member, isSelf, disabled, describedBy }: Props) {
  const change = useServerAction(changeMemberRoleAction);
  const refresh = useRefreshPeople(slug);
  const router = useRouter();
  const trigger = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState<Role | null>(null);
  const [confirmOwner, setConfirmOwner] = useState(false);

  /** Runs the change; resolves to the server's refusal, or null once it is done. */
  async function apply(role: Role): Promise<string | null> {
    setChosen(role);
    try {
      const result = await change.run({ projectSlug: slug, userId: member.id, role });
      if (!result.ok) return result.error;
      toast.success(`${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`);
      await refresh();
      // Stepping down changes what this page may show the viewer.
      if (isSelf) router.refresh();
      return null;
    } finally {
      setChosen(null);
    }
  }

  async function onValueChange(value: string) {
    const role = isRole(value) ? value : null;
    if (!role || role === member.role) return;
    if (role === "owner") {
      setConfirmOwner(true);
      return;
    }
    // Demotion keeps its own guard: the server refuses to demote the last owner.
    const refused = await apply(role);
    if (refused) toast.error(refused);
  }

  return (
    <>
      <Select
        value={chosen ?? member.role}
        onValueChange={onValueChange}
        disabled={disabled || change.pending}
      >
        <SelectTrigger
          ref={trigger}
          size="sm"
          aria-label={`Role for ${member.name}`}
          aria-describedby={describedBy}
        >
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
      <ActionDialog
        kind="confirm"
        destructive={false}
        open={confirmOwner}
        onOpenChange={setConfirmOwner}
        onClose={change.reset}
        returnFocusTo={trigger.current}
        title={`Make ${member.name} an owner?`}
        description={`${member.name} will be able to manage every API key, invite and remove people (other owners too), change the key policy and delete the project.`}
        submitLabel="Confirm"
        pendingLabel="Confirming…"
        pending={change.pending}
        error={change.formError}
        onSubmit={async () => {
          // A refusal stays in the dialog (its error), so the person sees why.
          if ((await apply("owner")) === null) setConfirmOwner(false);
        }}
      />
    </>
  );
}
