"use client";

import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { signOutEverywhereAction } from "../actions";

export function SignOutEverywhere() {
  const signOut = useServerAction(signOutEverywhereAction);
  return (
    <ActionDialog
      kind="confirm"
      trigger={<Button variant="destructive">Sign out everywhere</Button>}
      title="Sign out everywhere?"
      description="Every browser and device signed in to your account is signed out, this one included. You will need your password to sign in again."
      pending={signOut.pending}
      error={signOut.formError}
      submitLabel="Sign out everywhere"
      pendingLabel="Signing out…"
      onClose={signOut.reset}
      onSubmit={() => signOut.run({})}
    />
  );
}
