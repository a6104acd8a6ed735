"use client";

import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { updateProjectAction } from "../actions";

type Props = { project: { name: string; slug: string }; canEdit: boolean };

export function ProjectForm({ project, canEdit }: Props) {
  const update = useServerAction(updateProjectAction, { fields: ["name", "slug"] });
  const [name, setName] = useState(project.name);
  const [slug, setSlug] = useState(project.slug);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await update.run({ projectSlug: project.slug, name, slug });
    if (result.ok) toast.success("Project saved");
  }

  const unchanged = name === project.name && slug === project.slug;
  return (
    <form method="post" onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormAlert message={update.formError} />
      <FormField
        name="name"
        label="Project name"
        value={name}
        maxLength={50}
        disabled={!canEdit}
        onChange={(event) => setName(event.target.value)}
        errors={update.fieldErrors.name}
      />
      <FormField
        name="slug"
        label="Slug"
        value={slug}
        maxLength={48}
        disabled={!canEdit}
        hint="Changing it changes every dashboard URL of this project."
        onChange={(event) => setSlug(event.target.value)}
        errors={update.fieldErrors.slug}
      />
      {canEdit ? (
        <div>
          <Button type="submit" disabled={update.pending || unchanged}>
            {update.pending ? "Saving…" : "Save changes"}
          </Button>
        </div>
      ) : (
        <p className="text-muted-foreground text-sm">Only owners can change the project.</p>
      )}
    </form>
  );
}
