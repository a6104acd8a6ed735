"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { deleteDomainAction, makePrimaryDomainAction, verifyDomainAction } from "../actions";
import type { DomainView } from "../domain-views";
import { useRefreshDomains } from "../use-domains";
import type { CheckResult } from "./domain-item";

type Props = { slug: string; domain: DomainView };

/** Looks the record up in DNS now; the outcome (found, missing, DNS trouble) is shown beside the domain. */
export function VerifyButton({
  slug,
  domain,
  onChecked,
}: Props & { onChecked: (result: CheckResult) => void }) {
  const verify = useServerAction(verifyDomainAction);
  const refresh = useRefreshDomains(slug);

  async function onClick() {
    const result = await verify.run({ projectSlug: slug, slug: domain.slug });
    onChecked(
      result.ok
        ? { verified: result.data.domain.verified, message: result.data.message }
        : { verified: false, message: result.error },
    );
    await refresh();
  }

  return (
    <Button
      type="button"
      variant={domain.verified ? "outline" : "default"}
      size="sm"
      disabled={verify.pending}
      onClick={onClick}
    >
      {verify.pending ? "Checking DNS…" : domain.verified ? "Check again" : "Verify"}
    </Button>
  );
}

export function MakePrimaryButton({ slug, domain }: Props) {
  const makePrimary = useServerAction(makePrimaryDomainAction);
  const refresh = useRefreshDomains(slug);

  async function onClick() {
    const result = await makePrimary.run({ projectSlug: slug, slug: domain.slug });
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    toast.success(`New links now go to ${domain.slug} by default.`);
    await refresh();
  }

  return (
    <Button type="button" variant="outline" size="sm" disabled={makePrimary.pending} onClick={onClick}>
      {makePrimary.pending ? "Saving…" : "Make primary"}
    </Button>
  );
}

export function DeleteDomainButton({ slug, domain }: Props) {
  const remove = useServerAction(deleteDomainAction);
  const refresh = useRefreshDomains(slug);
  const [open, setOpen] = useState(false);

  async function confirm() {
    const result = await remove.run({ projectSlug: slug, slug: domain.slug });
    if (!result.ok) return;
    setOpen(false);
    toast.success(`${domain.slug} was deleted.`);
    await refresh();
  }

  return (
    <ActionDialog
      kind="confirm"
      open={open}
      onOpenChange={setOpen}
      onClose={remove.reset}
      trigger={
        <Button variant="outline" size="sm">
          Delete
        </Button>
      }
      title={`Delete ${domain.slug}?`}
      description={`Every short link on ${domain.slug} is deleted with it and stops working at once.${
        domain.primary
          ? " New links then go to the app's own domain until another domain is made primary."
          : ""
      }`}
      submitLabel="Delete domain"
      pendingLabel="Deleting…"
      pending={remove.pending}
      error={remove.formError}
      onSubmit={() => void confirm()}
    />
  );
}
