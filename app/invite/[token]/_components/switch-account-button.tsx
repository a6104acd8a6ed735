"use client";

import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { switchAccountAction } from "../actions";

export function SwitchAccountButton({ token }: { token: string }) {
  const switchAccount = useServerAction(switchAccountAction);
  return (
    <div className="grid gap-4">
      <FormAlert message={switchAccount.formError} />
      <Button variant="outline" disabled={switchAccount.pending} onClick={() => switchAccount.run({ token })}>
        {switchAccount.pending ? "Signing out…" : "Sign out and switch account"}
      </Button>
    </div>
  );
}
