"use client";

import { LinkIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { PendingInvitation } from "@/db/queries/invitations";
import { useServerAction } from "@/lib/actions/use-server-action";
import { regenerateInvitationLinkAction, revokeInvitationAction } from "../actions";
import { useRefreshPeople } from "../use-people";
import { InviteLink } from "./invite-link";

type Props = { slug: string; invitation: PendingInvitation };

/** Issues a new link (the old one stops working) and shows it once; closing the dialog forgets it. */
export function RegenerateLinkButton({ slug, invitation }: Props) {
  const regenerate = useServerAction(regenerateInvitationLinkAction);
  const refresh = useRefreshPeople(slug);
  const [url, setUrl] = useState<string | null>(null);

  async function onClick() {
    const result = await regenerate.run({ projectSlug: slug, invitationId: invitation.id });
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    setUrl(result.data.inviteUrl);
    await refresh();
  }

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        disabled={regenerate.pending}
        onClick={onClick}
        aria-label={`${regenerate.pending ? "Creating link" : "Copy new link"} for ${invitation.email}`}
      >
        <LinkIcon aria-hidden />
        <span className="hidden sm:inline">{regenerate.pending ? "Creating link…" : "Copy new link"}</span>
      </Button>
      <Dialog
        open={url !== null}
        onOpenChange={(open) => {
          if (!open) setUrl(null);
        }}
      >
        <DialogContent>
          <DialogHeader>
            <DialogTitle>New invite link</DialogTitle>
            <DialogDescription>The previous link for {invitation.email} no longer works.</DialogDescription>
          </DialogHeader>
          {url ? <InviteLink key={url} url={url} email={invitation.email} /> : null}
          <DialogFooter>
            <Button type="button" onClick={() => setUrl(null)}>
              Done
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}

export function RevokeInvitationButton({ slug, invitation }: Props) {
  const revoke = useServerAction(revokeInvitationAction);
  const refresh = useRefreshPeople(slug);
  const [open, setOpen] = useState(false);

  async function confirm() {
    const result = await revoke.run({ projectSlug: slug, invitationId: invitation.id });
    if (!result.ok) return;
    setOpen(false);
    toast.success(`The invitation for ${invitation.email} was revoked.`);
    await refresh();
  }

  return (
    <ActionDialog
      kind="confirm"
      open={open}
      onOpenChange={setOpen}
      onClose={revoke.reset}
      trigger={
        <Button variant="outline" size="sm" aria-label={`Revoke invitation for ${invitation.email}`}>
          <XIcon aria-hidden />
          <span className="hidden sm:inline">Revoke</span>
        </Button>
      }
      title="Revoke invitation?"
      description={`The link sent to ${invitation.email} stops working and its seat is freed.`}
      submitLabel="Revoke invitation"
      pendingLabel="Revoking…"
      pending={revoke.pending}
      error={revoke.formError}
      onSubmit={() => void confirm()}
    />
  );
}
