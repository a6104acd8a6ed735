"use client";

import { LogOutIcon } from "lucide-react";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { leaveProjectAction } from "../actions";

type Props = { slug: string; projectName: string; disabled: boolean; describedBy?: string };

/** Leaving redirects to "/" from the server action. */
export function LeaveProjectButton({ slug, projectName, disabled, describedBy }: Props) {
  const leave = useServerAction(leaveProjectAction);
  return (
    <ActionDialog
      kind="confirm"
      onClose={leave.reset}
      trigger={
        <Button
          variant="outline"
          size="sm"
          disabled={disabled}
          aria-label={`Leave ${projectName}`}
          aria-describedby={describedBy}
        >
          <LogOutIcon aria-hidden />
          <span className="hidden sm:inline">Leave</span>
        </Button>
      }
      title={`Leave ${projectName}?`}
      description="You lose access to this project, and your API keys in it are revoked at once. To come back you need a new invitation."
      submitLabel="Leave project"
      pendingLabel="Leaving…"
      pending={leave.pending}
      error={leave.formError}
      onSubmit={() => void leave.run({ projectSlug: slug })}
    />
  );
}
