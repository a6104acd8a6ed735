"use client";

import { UserMinusIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import type { Member } from "@/db/queries/members";
import { useServerAction } from "@/lib/actions/use-server-action";
import { removeMemberAction } from "../actions";
import { useRefreshPeople } from "../use-people";

type Props = { slug: string; projectName: string; member: Member; disabled: boolean; describedBy?: string };

export function RemoveMemberButton({ slug, projectName, member, disabled, describedBy }: Props) {
  const remove = useServerAction(removeMemberAction);
  const refresh = useRefreshPeople(slug);
  const [open, setOpen] = useState(false);

  async function confirm() {
    const result = await remove.run({ projectSlug: slug, userId: member.id });
    if (!result.ok) return;
    setOpen(false);
    toast.success(member.isMachine ? `${member.name} was deleted.` : `${member.name} was removed.`);
    await refresh();
  }

  return (
    <ActionDialog
      kind="confirm"
      open={open}
      onOpenChange={setOpen}
      onClose={remove.reset}
      trigger={
        <Button
          variant="outline"
          size="sm"
          disabled={disabled}
          aria-label={`Remove ${member.name}`}
          aria-describedby={describedBy}
        >
          <UserMinusIcon aria-hidden />
          <span className="hidden sm:inline">Remove</span>
        </Button>
      }
      title={`Remove ${member.name}?`}
      description={
        member.isMachine
          ? `This removes the machine user ${member.name} from the project, and its API key is revoked too: programs that use it stop working at once.`
          : `${member.name} loses access to ${projectName}, and their API keys in this project are revoked at once.`
      }
      submitLabel="Remove"
      pendingLabel="Removing…"
      pending={remove.pending}
      error={remove.formError}
      onSubmit={() => void confirm()}
    />
  );
}
