"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/lib/actions/use-server-action";
import { loginAction, oauthSignInAction } from "./actions";

type Props = {
  callbackUrl?: string;
  providers: { id: "github" | "google"; name: string }[];
  notice?: string;
};

export function LoginForm({ callbackUrl, providers, notice }: Props) {
  const login = useServerAction(loginAction, { fields: ["email", "password"] });
  const oauth = useServerAction(oauthSignInAction);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.run({ email, password, callbackUrl });
  }

  return (
    <div className="grid gap-4">
      <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
        <FormAlert message={login.formError ?? notice ?? null} />
        <FormField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errors={login.fieldErrors.email}
        />
        <FormField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errors={login.fieldErrors.password}
        />
        <Button type="submit" disabled={login.pending}>
          {login.pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="outline"
          disabled={oauth.pending}
          onClick={() => oauth.run({ provider: provider.id, callbackUrl })}
        >
          Continue with {provider.name}
        </Button>
      ))}
      <p className="text-center text-muted-foreground text-sm">
        No account yet?{" "}
        <Link
          className="text-foreground underline underline-offset-4"
          href={callbackUrl ? `/register?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/register"}
        >
          Create one
        </Link>
      </p>
    </div>
  );
}
