"use client";

import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { acceptInvitationAction } from "../actions";

/** Joining redirects to the project from the server action. */
export function JoinProjectButton({ token }: { token: string }) {
  const accept = useServerAction(acceptInvitationAction);
  return (
    <div className="grid gap-4">
      <FormAlert message={accept.formError} />
      <Button disabled={accept.pending} onClick={() => accept.run({ token })}>
        {accept.pending ? "Joining…" : "Join project"}
      </Button>
    </div>
  );
}
