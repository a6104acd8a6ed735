"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useServerAction } from "@/lib/actions/use-server-action";
import {
  type KeyPolicy,
  MAX_LIFETIME_LABELS,
  MAX_LIFETIME_OPTIONS,
  type MaxLifetime,
  maxLifetimeValue,
} from "@/lib/api-keys/policy";
import { updateKeyPolicyAction } from "../key-policy-actions";

type KeyPolicySectionProps = { projectSlug: string; initialPolicy: KeyPolicy; canEdit: boolean };

const RULES = [
  { field: "membersMayCreate", label: "Members may create keys", hint: "Otherwise only owners create keys." },
  {
    field: "machineKeysRequireAllowlist",
    label: "Machine keys need an IP allowlist",
    hint: "A machine key is refused without one.",
  },
] as const;

/** Settings › API Keys › Key policy: owners edit it; members see what it allows. */
export function KeyPolicySection({ projectSlug, initialPolicy, canEdit }: KeyPolicySectionProps) {
  const id = useId();
  const router = useRouter();
  const [saved, setSaved] = useState(initialPolicy);
  const [draft, setDraft] = useState(initialPolicy);
  const save = useServerAction(updateKeyPolicyAction, { fields: ["maxLifetimeDays"] });
  const unchanged = (Object.keys(draft) as (keyof KeyPolicy)[]).every(
    (field) => draft[field] === saved[field],
  );

  async function onSave() {
    const result = await save.run({ projectSlug, ...draft });
    if (!result.ok) return;
    setSaved(result.data);
    setDraft(result.data);
    toast.success("Key policy saved");
    // The key forms read the policy from the page: render it again so they offer what it now allows.
    router.refresh();
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Key policy</h2>
        </CardTitle>
        <CardDescription>
          Rules for every new, edited or rolled key of this project. Keys made before a stricter rule keep
          working and are marked out of policy until they are edited.
          {canEdit ? null : " Only owners can change the policy."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          method="post"
          className="grid max-w-xl gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <FormAlert message={save.formError} />
          <div className="grid gap-2">
            <Label id={`${id}-lifetime`} htmlFor={`${id}-lifetime-trigger`}>
              Maximum lifetime
            </Label>
            <Select
              disabled={!canEdit}
              value={maxLifetimeValue(draft.maxLifetimeDays)}
              onValueChange={(value) =>
                setDraft({
                  ...draft,
                  maxLifetimeDays: (value === "none" ? null : Number(value)) as MaxLifetime,
                })
              }
            >
              <SelectTrigger
                id={`${id}-lifetime-trigger`}
                aria-labelledby={`${id}-lifetime`}
                className="w-full sm:w-60"
              >
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {MAX_LIFETIME_OPTIONS.map((days) => (
                  <SelectItem key={maxLifetimeValue(days)} value={maxLifetimeValue(days)}>
                    {MAX_LIFETIME_LABELS[maxLifetimeValue(days)]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <p className="text-muted-foreground text-xs">
              New keys must expire within this time; "Never" is not offered.
            </p>
            <FieldError id={`${id}-lifetime-error`} errors={save.fieldErrors.maxLifetimeDays} />
          </div>
          {RULES.map((rule) => (
            <div key={rule.field} className="flex items-start gap-3">
              <input
                id={`${id}-${rule.field}`}
                type="checkbox"
                className="mt-0.5 size-4 accent-primary"
                disabled={!canEdit}
                checked={draft[rule.field]}
                aria-describedby={`${id}-${rule.field}-hint`}
                onChange={(event) => setDraft({ ...draft, [rule.field]: event.target.checked })}
              />
              <div className="grid gap-1">
                <Label htmlFor={`${id}-${rule.field}`}>{rule.label}</Label>
                <p id={`${id}-${rule.field}-hint`} className="text-muted-foreground text-xs">
                  {rule.hint}
                </p>
              </div>
            </div>
          ))}
          {canEdit ? (
            <div>
              <Button type="submit" disabled={save.pending || unchanged}>
                {save.pending ? "Saving…" : "Save policy"}
              </Button>
            </div>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
