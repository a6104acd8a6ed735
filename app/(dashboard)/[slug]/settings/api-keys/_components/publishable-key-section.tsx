"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
import { CopyButton } from "@/components/copy-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useServerAction } from "@/lib/actions/use-server-action";
import { generatePublishableKeyAction, revokePublishableKeyAction } from "../actions";
import { type PublishableKeyView, usePublishableKey } from "../use-api-keys";
import { DateText } from "./time-text";

type PublishableKeySectionProps = { projectSlug: string; initialKey: PublishableKeyView | null };

/** The project's publishable key (owners only): generate, copy, regenerate, revoke. */
export function PublishableKeySection({ projectSlug, initialKey }: PublishableKeySectionProps) {
  const { query, set } = usePublishableKey(projectSlug, initialKey);
  const generate = useServerAction(generatePublishableKeyAction);
  const revoke = useServerAction(revokePublishableKeyAction);
  const [confirming, setConfirming] = useState<"regenerate" | "revoke" | null>(null);
  const publishableKey = query.data;

  async function onGenerate() {
    const regenerating = Boolean(publishableKey);
    const result = await generate.run({ projectSlug });
    if (!result.ok) {
      // Regenerating shows the error in its dialog; the first generation has no dialog.
      if (!regenerating) toast.error(result.error);
      return;
    }
    set({ token: result.data.token, createdAt: result.data.createdAt });
    setConfirming(null);
    toast.success(regenerating ? "Publishable key regenerated" : "Publishable key generated");
  }

  async function onRevoke() {
    const result = await revoke.run({ projectSlug });
    if (!result.ok) return;
    set(null);
    setConfirming(null);
    toast.success("Publishable key revoked");
  }

  function onOpenChange(dialog: "regenerate" | "revoke", open: boolean) {
    generate.reset();
    revoke.reset();
    setConfirming(open ? dialog : null);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Publishable key</h2>
        </CardTitle>
        <CardDescription>
          A public key for tracking clicks from a website or app. It is accepted only by the click-tracking
          endpoint (<code className="text-xs">POST /api/track/click</code>), so it is safe to expose, and it
          cannot be restricted. A project has at most one.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {publishableKey === undefined ? (
          <Skeleton className="h-9 w-full max-w-xl" />
        ) : publishableKey === null ? (
          <div>
            <Button onClick={onGenerate} disabled={generate.pending}>
              {generate.pending ? "Generating…" : "Generate publishable key"}
            </Button>
          </div>
        ) : (
          <>
            <div className="flex max-w-xl gap-2">
              <Input
                readOnly
                aria-label="Publishable key"
                value={publishableKey.token}
                spellCheck={false}
                className="font-mono"
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton key={publishableKey.token} value={publishableKey.token} />
            </div>
            <p className="text-muted-foreground text-xs">
              Generated <DateText date={publishableKey.createdAt} />
            </p>
            <div className="flex gap-2">
              <ActionDialog
                kind="confirm"
                open={confirming === "regenerate"}
                onOpenChange={(open) => onOpenChange("regenerate", open)}
                trigger={<Button variant="outline">Regenerate</Button>}
                title="Regenerate publishable key"
                description="A new publishable key replaces this one. The current key stops working immediately, so update every site that uses it."
                submitLabel="Regenerate key"
                pendingLabel="Regenerating…"
                pending={generate.pending}
                error={generate.formError}
                onSubmit={onGenerate}
              />
              <ActionDialog
                kind="confirm"
                open={confirming === "revoke"}
                onOpenChange={(open) => onOpenChange("revoke", open)}
                trigger={<Button variant="outline">Revoke</Button>}
                title="Revoke publishable key"
                description="The publishable key stops working immediately; click tracking with it will be refused until you generate a new one."
                submitLabel="Revoke key"
                pendingLabel="Revoking…"
                pending={revoke.pending}
                error={revoke.formError}
                onSubmit={onRevoke}
              />
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
