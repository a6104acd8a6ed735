"use client";

import { TriangleAlertIcon } from "lucide-react";
import { CopyButton } from "@/components/copy-button";
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

/** A secret shown once: after "API key created" or "API key rolled". */
export type RevealedSecret = { title: string; secret: string };

type SecretKeyDialogProps = {
  revealed: RevealedSecret | null;
  /** Must drop the secret from state: nothing shows it again. */
  onClose: () => void;
};

/** Shows a new secret once, with Copy; Done, Escape and the overlay all close it through `onClose`. */
export function SecretKeyDialog({ revealed, onClose }: SecretKeyDialogProps) {
  return (
    <Dialog
      open={revealed !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{revealed?.title}</DialogTitle>
          <DialogDescription className="flex items-start gap-2 rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-foreground">
            <TriangleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
            <span>
              Copy this key and store it in a safe place, such as an environment variable on your server. For
              security reasons, you won&apos;t be able to see it again.
            </span>
          </DialogDescription>
        </DialogHeader>
        <div className="flex gap-2">
          <Input
            readOnly
            aria-label="API key"
            value={revealed?.secret ?? ""}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            onFocus={(event) => event.currentTarget.select()}
          />
          {/* Keyed by the secret so "Copied" never carries over to the next one. */}
          {revealed ? <CopyButton key={revealed.secret} value={revealed.secret} /> : null}
        </div>
        <DialogFooter>
          <Button type="button" onClick={onClose}>
            Done
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
