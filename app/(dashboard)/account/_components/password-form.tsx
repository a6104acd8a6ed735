"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { changePasswordAction } from "../actions";

export function PasswordForm() {
  const router = useRouter();
  const change = useServerAction(changePasswordAction, { fields: ["currentPassword", "newPassword"] });
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await change.run({ currentPassword, newPassword });
    if (!result.ok) return;
    setCurrentPassword("");
    setNewPassword("");
    const { endedSessions } = result.data;
    toast.success(
      endedSessions === 1
        ? "Password changed. 1 other session was signed out."
        : `Password changed. ${endedSessions} other sessions were signed out.`,
    );
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      <FormAlert message={change.formError} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        maxLength={200}
        onChange={(event) => setCurrentPassword(event.target.value)}
        errors={change.fieldErrors.currentPassword}
      />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        value={newPassword}
        maxLength={200}
        onChange={(event) => setNewPassword(event.target.value)}
        errors={change.fieldErrors.newPassword}
      />
      <div>
        <Button type="submit" disabled={change.pending || !currentPassword || !newPassword}>
          {change.pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
