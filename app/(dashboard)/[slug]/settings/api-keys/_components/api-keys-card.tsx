"use client";

import { KeyRoundIcon, PlusIcon } from "lucide-react";
import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApiKeyListItem, ApiKeysOverview } from "@/db/queries/api-keys";
import { createKeyRefusal } from "@/lib/api-keys/key-list-view";
import { keyStatus } from "@/lib/api-keys/key-status";
import type { Permission } from "@/lib/api-keys/permissions";
import { MEMBERS_MAY_NOT_CREATE } from "@/lib/api-keys/policy";
import { can } from "@/lib/authorization";
import type { Role } from "@/lib/roles";
import { useApiKeys } from "../use-api-keys";
import { ApiKeysTableSkeleton } from "./api-keys-table";
import { CreateApiKeyDialog } from "./create-api-key-dialog";
import { EditApiKeyDialog } from "./edit-api-key-dialog";
import type { KeyAction } from "./key-actions-menu";
import { useKeyPolicy } from "./key-policy-context";
import { KeysByStatus } from "./keys-by-status";
import { RevokeApiKeyDialog } from "./revoke-api-key-dialog";
import { RollApiKeyDialog } from "./roll-api-key-dialog";
import { type RevealedSecret, SecretKeyDialog } from "./secret-key-dialog";
import { useNow } from "./time-text";

type ApiKeysCardProps = {
  projectSlug: string;
  currentUserId: string;
  role: Role;
  initial: ApiKeysOverview;
  /** The most active keys a project may have (the server refuses one more). */
  maxActiveKeys: number;
};

/**
 * A row action in progress; `seq` remounts its dialog so each opening starts from the key as listed, and
 * `trigger` (the row's menu button) gets focus back when the dialog closes.
 */
type Target = { action: KeyAction; apiKey: ApiKeyListItem; trigger: HTMLElement | null; seq: number };

/** The "API Keys" card: the list, the Create button and every key dialog. */
export function ApiKeysCard({ projectSlug, currentUserId, role, initial, maxActiveKeys }: ApiKeysCardProps) {
  const { query, refresh } = useApiKeys(projectSlug, initial);
  const [createOpen, setCreateOpen] = useState(false);
  const [target, setTarget] = useState<Target | null>(null);
  const [targetOpen, setTargetOpen] = useState(false);
  // The only place a plaintext secret lives, and only until its dialog closes.
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);

  const keys = query.data?.keys;
  const empty = keys?.length === 0;
  const policy = useKeyPolicy();
  const now = useNow() ?? Date.now();
  const activeCount = keys?.filter((key) => keyStatus(key, now) === "active").length ?? 0;
  const refusal = createKeyRefusal({
    isMember: role === "member",
    membersMayCreate: policy.membersMayCreate,
    memberRefusal: MEMBERS_MAY_NOT_CREATE,
    activeCount,
    maxActiveKeys,
  });
  const createButton = (
    <div className="grid justify-items-end gap-1">
      <Button
        onClick={() => setCreateOpen(true)}
        disabled={refusal !== null}
        aria-describedby={refusal ? "create-key-refused" : undefined}
      >
        <PlusIcon aria-hidden />
        Create
      </Button>
      {refusal ? (
        <p id="create-key-refused" className="max-w-64 text-right text-muted-foreground text-xs">
          {refusal}
        </p>
      ) : null}
    </div>
  );

  function openTarget(action: KeyAction, apiKey: ApiKeyListItem, trigger: HTMLElement | null) {
    setTarget((previous) => ({ action, apiKey, trigger, seq: (previous?.seq ?? 0) + 1 }));
    setTargetOpen(true);
  }

  function reveal(title: string, secret: string, scopes: readonly Permission[]) {
    setRevealed({ title, secret, scopes });
    void refresh();
  }

  const targetKey = target ? `${target.action}-${target.apiKey.id}-${target.seq}` : undefined;
  const targetProps = target && {
    projectSlug,
    apiKey: target.apiKey,
    returnFocusTo: target.trigger,
    onOpenChange: setTargetOpen,
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>API Keys</h2>
        </CardTitle>
        <CardDescription>
          Secret keys let your programs call this project&apos;s REST API as{" "}
          <code className="text-xs">Authorization: Bearer codeqr_…</code>. Keep them on your server; never
          expose them on a website.
          {can(role, "keys.manage-any")
            ? null
            : " As a member you can edit, roll and revoke only your own keys."}
        </CardDescription>
        {keys && !empty ? (
          <p className="text-muted-foreground text-sm tabular-nums">
            {activeCount} of {maxActiveKeys} active keys
          </p>
        ) : null}
        {/* One Create button whether or not keys exist, so focus can come back to it after the first key. */}
        <CardAction>{createButton}</CardAction>
      </CardHeader>
      <CardContent className="grid gap-4">
        {query.isError ? (
          <div className="flex items-center gap-3">
            <FormAlert message={`Could not load the API keys: ${query.error.message}`} />
            <Button variant="outline" size="sm" onClick={() => query.refetch()} disabled={query.isFetching}>
              Retry
            </Button>
          </div>
        ) : null}
        {keys === undefined ? (
          <ApiKeysTableSkeleton />
        ) : empty ? (
          <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed px-6 py-10 text-center">
            <KeyRoundIcon aria-hidden className="size-8 text-muted-foreground" />
            <p className="font-medium">No API keys yet</p>
            <p className="max-w-sm text-muted-foreground text-sm">
              Create a key to call this project&apos;s API from your code, scripts or other tools.
            </p>
          </div>
        ) : (
          <KeysByStatus
            keys={keys}
            requests={query.data.requests}
            currentUserId={currentUserId}
            role={role}
            onAction={openTarget}
          />
        )}
      </CardContent>

      <CreateApiKeyDialog
        projectSlug={projectSlug}
        role={role}
        open={createOpen}
        onOpenChange={setCreateOpen}
        onCreated={(secret, scopes) => {
          setCreateOpen(false);
          reveal("API key created", secret, scopes);
        }}
      />
      {target?.action === "edit" && targetProps ? (
        <EditApiKeyDialog
          key={targetKey}
          {...targetProps}
          role={role}
          open={targetOpen}
          onSaved={() => {
            setTargetOpen(false);
            void refresh();
          }}
        />
      ) : null}
      {target?.action === "roll" && targetProps ? (
        <RollApiKeyDialog
          key={targetKey}
          {...targetProps}
          open={targetOpen}
          onRolled={(secret, scopes) => {
            setTargetOpen(false);
            reveal("API key rolled", secret, scopes);
          }}
        />
      ) : null}
      {target?.action === "revoke" && targetProps ? (
        <RevokeApiKeyDialog
          key={targetKey}
          {...targetProps}
          open={targetOpen}
          onRevoked={() => {
            setTargetOpen(false);
            void refresh();
          }}
        />
      ) : null}
      <SecretKeyDialog revealed={revealed} onClose={() => setRevealed(null)} />
    </Card>
  );
}
