"use client";

import Link from "next/link";
import type { FormEvent } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/hooks/use-server-action";
import { registerAction } from "./actions";

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const register = useServerAction(registerAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    register.run({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl,
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormAlert
        message={
          register.fieldErrors.email || register.error === "Check the highlighted fields."
            ? null
            : register.error
        }
      />
      <FormField name="name" label="Name" autoComplete="name" required errors={register.fieldErrors.name} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={register.fieldErrors.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        errors={register.fieldErrors.password}
      />
      <Button type="submit" disabled={register.pending}>
        {register.pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-muted-foreground text-sm">
        Already have an account?{" "}
        <Link
          className="text-foreground underline underline-offset-4"
          href={callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login"}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
