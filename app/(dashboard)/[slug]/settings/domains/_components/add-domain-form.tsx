"use client";

import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { addDomainAction } from "../actions";
import { useRefreshDomains } from "../use-domains";

export function AddDomainForm({ slug }: { slug: string }) {
  const add = useServerAction(addDomainAction, { fields: ["slug"] });
  const refresh = useRefreshDomains(slug);
  const [domain, setDomain] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await add.run({ projectSlug: slug, slug: domain });
    if (!result.ok) return;
    setDomain("");
    toast.success(`${result.data.slug} was added. Create its TXT record, then verify it.`);
    await refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-3" noValidate>
      <FormAlert message={add.formError} />
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
        <FormField
          id="domain-slug"
          name="slug"
          label="Domain"
          placeholder="go.example.com"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={domain}
          onChange={(event) => setDomain(event.target.value)}
          errors={add.fieldErrors.slug}
        />
        <Button type="submit" className="sm:mt-6" disabled={add.pending}>
          {add.pending ? "Adding…" : "Add domain"}
        </Button>
      </div>
    </form>
  );
}
