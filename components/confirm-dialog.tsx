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

type ConfirmDialogProps = {
  /** Leave both out for a dialog that only its trigger, Cancel and Escape open and close. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The button that opens it, when it is not opened from elsewhere (a row menu). */
  trigger?: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: string | null;
  /** Runs the action; the caller closes the dialog on success. */
  onConfirm: () => void;
  /** Runs when Cancel, Escape or the overlay closes it, e.g. to clear the action's error. */
  onClose?: () => void;
  /** Lets Cancel and Escape close it while the action runs; by default it stays open until the action ends. */
  dismissibleWhilePending?: boolean;
};

/** A destructive confirmation that stays open, with its error shown, until the action succeeds. */
export function ConfirmDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
  onClose,
  dismissibleWhilePending = false,
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const locked = pending && !dismissibleWhilePending;
  return (
    <AlertDialog
      open={open ?? ownOpen}
      onOpenChange={(next) => {
        if (locked) return;
        if (!next) onClose?.();
        setOwnOpen(next);
        onOpenChange?.(next);
      }}
    >
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <FormAlert message={error} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={locked}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            disabled={pending}
            onClick={(event) => {
              event.preventDefault();
              onConfirm();
            }}
          >
            {pending ? pendingLabel : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
