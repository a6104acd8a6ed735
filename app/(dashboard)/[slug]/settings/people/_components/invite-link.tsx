"use client";

import { useId } from "react";
import { CopyButton } from "@/components/copy-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = { url: string; email: string };

/** The one-time view of an invite link: only its hash is stored, so it cannot be shown again. */
export function InviteLink({ url, email }: Props) {
  const id = useId();
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Invite link</Label>
      <div className="flex min-w-0 gap-2">
        <Input
          id={id}
          readOnly
          value={url}
          className="min-w-0 font-mono text-xs"
          aria-describedby={`${id}-note`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={url} subject="link" />
      </div>
      <p id={`${id}-note`} className="text-muted-foreground text-xs">
        Send this link to <span className="break-all">{email}</span>. It is shown only once and expires in 7
        days; whoever opens it must sign in with that email to join.
      </p>
    </div>
  );
}
