"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { updateNameAction } from "../actions";

export function NameForm({ name: saved }: { name: string }) {
  const router = useRouter();
  const update = useServerAction(updateNameAction, { fields: ["name"] });
  const [name, setName] = useState(saved);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await update.run({ name });
    if (!result.ok) return;
    toast.success("Name saved");
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormAlert message={update.formError} />
      <FormField
        name="name"
        label="Name"
        value={name}
        maxLength={100}
        autoComplete="name"
        onChange={(event) => setName(event.target.value)}
        errors={update.fieldErrors.name}
      />
      <div>
        <Button type="submit" disabled={update.pending || name.trim() === saved}>
          {update.pending ? "Saving…" : "Save name"}
        </Button>
      </div>
    </form>
  );
}
