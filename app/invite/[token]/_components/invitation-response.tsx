"use client";

import Link from "next/link";
import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useServerAction } from "@/lib/actions/use-server-action";
import { acceptInvitationAction, declineInvitationAction } from "../actions";

type Props = {
  token: string;
  projectName: string;
  invitedBy: string | null;
  roleLabel: string;
  signedInAs: string;
};

/** Join (the action redirects to the project) or Decline (the card then says so; the link is gone). */
export function InvitationResponse({ token, projectName, invitedBy, roleLabel, signedInAs }: Props) {
  const accept = useServerAction(acceptInvitationAction);
  const decline = useServerAction(declineInvitationAction);
  const [declined, setDeclined] = useState(false);
  const pending = accept.pending || decline.pending;

  if (declined) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl">Invitation declined</h1>
          </CardTitle>
          <CardDescription>
            You will not join <strong>{projectName}</strong>. The link no longer works; if you change your
            mind, ask an owner of the project for a new one.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Link href="/" className="text-sm underline underline-offset-4">
            Go to your projects
          </Link>
        </CardContent>
      </Card>
    );
  }

  async function onDecline() {
    const result = await decline.run({ token });
    if (result.ok) setDeclined(true);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">You are invited</h1>
        </CardTitle>
        <CardDescription className="break-words">
          {invitedBy ? <strong>{invitedBy}</strong> : "An owner"} invited you to join{" "}
          <strong>{projectName}</strong> as <strong>{roleLabel.toLowerCase()}</strong>. You are signed in as{" "}
          {signedInAs}.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <FormAlert message={accept.formError ?? decline.formError} />
        <div className="grid gap-2 sm:grid-cols-2">
          <Button disabled={pending} onClick={() => accept.run({ token })}>
            {accept.pending ? "Joining…" : "Join project"}
          </Button>
          <Button variant="outline" disabled={pending} onClick={onDecline}>
            {decline.pending ? "Declining…" : "Decline"}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
