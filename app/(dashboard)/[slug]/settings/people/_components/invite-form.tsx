"use client";

import { type FormEvent, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useServerAction } from "@/lib/actions/use-server-action";
import { isRole, ROLE_LABELS, ROLES, type Role } from "@/lib/roles";
import { inviteMemberAction } from "../actions";
import { useRefreshPeople } from "../use-people";
import { InviteLink } from "./invite-link";

export function InviteForm({ slug }: { slug: string }) {
  const invite = useServerAction(inviteMemberAction, { fields: ["email", "role"] });
  const refresh = useRefreshPeople(slug);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [created, setCreated] = useState<{ email: string; url: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const result = await invite.run({ projectSlug: slug, email, role });
    if (!result.ok) return;
    setCreated({ email: result.data.invitation.email, url: result.data.inviteUrl });
    setEmail("");
    await refresh();
  }

  return (
    <div className="grid gap-6">
      <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
        <FormAlert message={invite.formError} />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_10rem_auto] sm:items-start">
          <FormField
            id="invite-email"
            name="email"
            label="Email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            errors={invite.fieldErrors.email}
          />
          <div className="grid gap-2">
            <Label htmlFor="invite-role">Role</Label>
            <Select value={role} onValueChange={(value) => setRole(isRole(value) ? value : "member")}>
              <SelectTrigger id="invite-role" className="w-full" aria-describedby="invite-role-error">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {ROLES.map((option) => (
                  <SelectItem key={option} value={option}>
                    {ROLE_LABELS[option]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <FieldError id="invite-role-error" errors={invite.fieldErrors.role} />
          </div>
          <Button type="submit" className="sm:mt-6" disabled={invite.pending}>
            {invite.pending ? "Inviting…" : "Invite"}
          </Button>
        </div>
      </form>
      {created ? (
        <div className="grid gap-3 rounded-md border bg-muted/40 p-4">
          <InviteLink key={created.url} url={created.url} email={created.email} />
          <div>
            <Button type="button" variant="ghost" size="sm" onClick={() => setCreated(null)}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
