"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { registerAction } from "./actions";

export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
  const register = useServerAction(registerAction, { fields: ["name", "email", "password"] });
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.run({ name, email, password, callbackUrl });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormAlert message={register.formError} />
      <FormField
        name="name"
        label="Name"
        autoComplete="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={register.fieldErrors.name}
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={register.fieldErrors.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        value={password}
        onChange={(event) => setPassword(event.target.value)}
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
