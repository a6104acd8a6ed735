"use client";

import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useServerAction } from "@/hooks/use-server-action";
import { deleteProjectAction } from "../actions";

export function DeleteProject({ slug }: { slug: string }) {
  const remove = useServerAction(deleteProjectAction);
  const [confirmation, setConfirmation] = useState("");
  return (
    <Dialog
      onOpenChange={(open) => {
        if (!open) {
          setConfirmation("");
          remove.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="destructive">Delete project</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete project</DialogTitle>
          <DialogDescription>
            This deletes the project with all its links, tags, domains, API keys and machine users. API calls
            with its keys stop at once. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            remove.run({ projectSlug: slug, confirmation });
          }}
        >
          <FormAlert message={Object.keys(remove.fieldErrors).length ? null : remove.error} />
          <FormField
            name="confirmation"
            label={`Type "${slug}" to confirm`}
            value={confirmation}
            autoComplete="off"
            onChange={(event) => setConfirmation(event.target.value)}
            errors={remove.fieldErrors.confirmation}
          />
          <DialogFooter>
            <Button type="submit" variant="destructive" disabled={confirmation !== slug || remove.pending}>
              {remove.pending ? "Deleting…" : "Delete this project"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
