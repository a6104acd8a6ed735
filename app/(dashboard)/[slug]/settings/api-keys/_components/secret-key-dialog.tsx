"use client";

import { TriangleAlertIcon } from "lucide-react";
import { useState } from "react";
import { CopyButton } from "@/components/copy-button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { Permission } from "@/lib/api-keys/permissions";
import { KeySnippets } from "./key-snippets";

/**
 * A secret shown once: after "API key created" or "API key rolled". `scopes` (the key's permissions) picks a
 * first request the key may make; without them the snippets call the links list.
 */
export type RevealedSecret = { title: string; secret: string; scopes?: readonly Permission[] };

type SecretKeyDialogProps = {
  revealed: RevealedSecret | null;
  /** Must drop the secret from state: nothing shows it again. */
  onClose: () => void;
};

/**
 * Shows a new secret once, with Copy and first-request snippets. Only Done closes it at once: Escape, the
 * overlay and the X ask "Close without copying?" first, unless something holding the secret was copied.
 */
export function SecretKeyDialog({ revealed, onClose }: SecretKeyDialogProps) {
  // The reveal whose secret was copied; compared by identity so a new secret starts uncopied.
  const [copiedFor, setCopiedFor] = useState<RevealedSecret | null>(null);
  const [confirming, setConfirming] = useState(false);
  const copied = revealed !== null && copiedFor === revealed;

  function close() {
    setConfirming(false);
    setCopiedFor(null);
    onClose();
  }

  function markCopied() {
    setCopiedFor(revealed);
  }

  return (
    <Dialog
      open={revealed !== null}
      onOpenChange={(open) => {
        if (open) return;
        if (copied) close();
        else setConfirming(true);
      }}
    >
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{revealed?.title}</DialogTitle>
          <DialogDescription className="flex items-start gap-2 rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-left text-foreground">
            <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
            <span>
              Copy this key and store it in a safe place, such as an environment variable on your server. For
              security reasons, you won&apos;t be able to see it again.
            </span>
          </DialogDescription>
        </DialogHeader>
        {revealed ? (
          // Keyed by the secret so no "Copied" carries over to the next one.
          <div key={revealed.secret} className="grid min-w-0 gap-4">
            <div className="flex min-w-0 gap-2">
              <Input
                readOnly
                aria-label="API key"
                value={revealed.secret}
                autoComplete="off"
                spellCheck={false}
                className="min-w-0 font-mono"
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton value={revealed.secret} target="API key" onCopied={markCopied} />
            </div>
            <div className="grid min-w-0 gap-2">
              <h3 className="font-medium text-sm">Make a first request</h3>
              <KeySnippets secret={revealed.secret} scopes={revealed.scopes} onCopied={markCopied} />
            </div>
          </div>
        ) : null}
        <DialogFooter>
          <Button type="button" onClick={close}>
            Done
          </Button>
        </DialogFooter>
        <CloseWithoutCopying open={confirming} onKeepOpen={() => setConfirming(false)} onClose={close} />
      </DialogContent>
    </Dialog>
  );
}

type CloseWithoutCopyingProps = { open: boolean; onKeepOpen: () => void; onClose: () => void };

/** Nested in the secret dialog, so its Escape and buttons close only this question. */
function CloseWithoutCopying({ open, onKeepOpen, onClose }: CloseWithoutCopyingProps) {
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onKeepOpen();
      }}
    >
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Close without copying?</AlertDialogTitle>
          <AlertDialogDescription>
            You haven&apos;t copied the key. Once this dialog closes, the key cannot be shown again; you would
            have to roll it to get a new one.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep open</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={onClose}>
            Close
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
