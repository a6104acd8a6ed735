"use client";

import { ConfirmDialog } from "@/components/confirm-dialog";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/hooks/use-server-action";
import { leaveProjectAction } from "../actions";

type Props = { slug: string; projectName: string; disabled: boolean; describedBy?: string };

/** Leaving redirects to "/" from the server action. */
export function LeaveProjectButton({ slug, projectName, disabled, describedBy }: Props) {
  const leave = useServerAction(leaveProjectAction);
  return (
    <ConfirmDialog
      onClose={leave.reset}
      dismissibleWhilePending
      trigger={
        <Button variant="outline" size="sm" disabled={disabled} aria-describedby={describedBy}>
          Leave
        </Button>
      }
      title={`Leave ${projectName}?`}
      description="You lose access to this project, and your API keys in it are revoked at once. To come back you need a new invitation."
      confirmLabel="Leave project"
      pendingLabel="Leaving…"
      pending={leave.pending}
      error={leave.error}
      onConfirm={() => void leave.run({ projectSlug: slug })}
    />
  );
}
