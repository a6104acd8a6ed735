import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/callback-path";
import { getCurrentUser } from "@/lib/session";
import { InvitationNotice } from "../_components/invitation-notice";
import { RegisterForm } from "./register-form";

// An invitation link brings its token in callbackUrl: never send it on as a Referer.
export const metadata: Metadata = { referrer: "no-referrer", title: "Create account" };

export default async function RegisterPage({ searchParams }: PageProps<"/register">) {
  const { callbackUrl } = await searchParams;
  const next = typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined;
  if (await getCurrentUser()) redirect(next ?? "/");
  return (
    <>
      <InvitationNotice callbackPath={next} verb="Create an account" />
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">Create your account</CardTitle>
          <CardDescription>Then create a project and its first API key.</CardDescription>
        </CardHeader>
        <CardContent>
          <RegisterForm callbackUrl={next} />
        </CardContent>
      </Card>
    </>
  );
}
