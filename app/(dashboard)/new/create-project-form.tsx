"use client";

import { type FormEvent, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { suggestSlug } from "@/lib/projects/slug";
import { createProjectAction } from "./actions";

export function CreateProjectForm() {
  const create = useServerAction(createProjectAction, { fields: ["name", "slug"] });
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.run({ name, slug });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormAlert message={create.formError} />
      <FormField
        name="name"
        label="Project name"
        value={name}
        maxLength={50}
        required
        onChange={(event) => {
          setName(event.target.value);
          if (!slugEdited) setSlug(suggestSlug(event.target.value));
        }}
        errors={create.fieldErrors.name}
      />
      <FormField
        name="slug"
        label="Slug"
        value={slug}
        maxLength={48}
        required
        hint="Lowercase letters, digits and hyphens; your dashboard lives at /slug."
        onChange={(event) => {
          setSlug(event.target.value);
          setSlugEdited(true);
        }}
        errors={create.fieldErrors.slug}
      />
      <Button type="submit" disabled={create.pending}>
        {create.pending ? "Creating…" : "Create project"}
      </Button>
    </form>
  );
}
