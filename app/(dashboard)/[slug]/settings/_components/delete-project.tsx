"use client";

import { useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { deleteProjectAction } from "../actions";

export function DeleteProject({ slug }: { slug: string }) {
  const remove = useServerAction(deleteProjectAction, { fields: ["confirmation"] });
  const [confirmation, setConfirmation] = useState("");
  return (
    <ActionDialog
      kind="form"
      trigger={<Button variant="destructive">Delete project</Button>}
      onClose={() => {
        setConfirmation("");
        remove.reset();
      }}
      title="Delete project"
      description="This deletes the project with all its links, tags, domains, API keys and machine users. API calls with its keys stop at once. This cannot be undone."
      pending={remove.pending}
      error={remove.formError}
      submitLabel="Delete this project"
      pendingLabel="Deleting…"
      destructive
      submitDisabled={confirmation !== slug}
      hideCancel
      onSubmit={() => remove.run({ projectSlug: slug, confirmation })}
    >
      <FormField
        name="confirmation"
        label={`Type "${slug}" to confirm`}
        value={confirmation}
        autoComplete="off"
        onChange={(event) => setConfirmation(event.target.value)}
        errors={remove.fieldErrors.confirmation}
      />
    </ActionDialog>
  );
}
