"use client";

import { type ReactNode, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { focusAndKeep } from "@/components/ui/focus-return";

export type ActionDialogProps = {
  /** "form": a dialog holding a form (`children`) with Cancel and a submit button. "confirm": an alert dialog. */
  kind: "form" | "confirm";
  /** Leave both out for a dialog that only its trigger, Cancel and Escape open and close. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The button that opens it, when it is not opened from elsewhere. */
  trigger?: ReactNode;
  /** Opened from elsewhere (a row menu): the element that gets focus back when it closes. */
  returnFocusTo?: HTMLElement | null;
  title: string;
  description: ReactNode;
  /** While true the action runs: the buttons are disabled and nothing closes the dialog. */
  pending: boolean;
  /** The action's form-level error, shown above the fields. */
  error: string | null;
  submitLabel: string;
  pendingLabel: string;
  /** Confirm dialogs are always destructive; a form's submit is the default button unless set. */
  destructive?: boolean;
  submitDisabled?: boolean;
  /** Runs the action; the caller closes the dialog on success. */
  onSubmit: () => void;
  /** Runs when the person closes it (Cancel, Escape, the overlay), e.g. to clear the form and its error. */
  onClose?: () => void;
  /** A form dialog without a Cancel button (its close button and Escape still close it). */
  hideCancel?: boolean;
  className?: string;
  children?: ReactNode;
};

/** The one shell of every dialog that runs a server action: create, edit, roll, revoke, confirm. */
export function ActionDialog({
  kind,
  open,
  onOpenChange,
  trigger,
  returnFocusTo,
  title,
  description,
  pending,
  error,
  submitLabel,
  pendingLabel,
  destructive = kind === "confirm",
  submitDisabled = false,
  onSubmit,
  onClose,
  hideCancel = false,
  className,
  children,
}: ActionDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);

  function change(next: boolean) {
    // Closing mid-request would hide what the request is about to return (a secret, an error).
    if (pending) return;
    if (!next) onClose?.();
    setOwnOpen(next);
    onOpenChange?.(next);
  }

  function restoreFocus(event: Event) {
    if (!returnFocusTo?.isConnected) return;
    event.preventDefault();
    focusAndKeep(returnFocusTo);
  }

  const submitText = pending ? pendingLabel : submitLabel;
  const variant = destructive ? "destructive" : "default";

  if (kind === "confirm") {
    return (
      <AlertDialog open={open ?? ownOpen} onOpenChange={change}>
        {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
        <AlertDialogContent className={className} onCloseAutoFocus={restoreFocus}>
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <AlertDialogDescription>{description}</AlertDialogDescription>
          </AlertDialogHeader>
          <FormAlert message={error} />
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <AlertDialogAction
              asChild
              onClick={(event) => {
                // The caller closes it once the action succeeds.
                event.preventDefault();
                onSubmit();
              }}
            >
              <Button variant={variant} pending={pending} disabled={submitDisabled}>
                {submitText}
              </Button>
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    );
  }

  return (
    <Dialog open={open ?? ownOpen} onOpenChange={change}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent className={className} onCloseAutoFocus={restoreFocus}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          method="post"
          className="grid gap-5"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <FormAlert message={error} />
          {children}
          <DialogFooter>
            {hideCancel ? null : (
              <DialogClose asChild>
                <Button type="button" variant="outline" disabled={pending}>
                  Cancel
                </Button>
              </DialogClose>
            )}
            <Button type="submit" variant={variant} pending={pending} disabled={submitDisabled}>
              {submitText}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
