import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/callback-path";
import { getCurrentUser } from "@/lib/session";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Create account" };

export default async function RegisterPage({ searchParams }: PageProps<"/register">) {
  const { callbackUrl } = await searchParams;
  const next = typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined;
  if (await getCurrentUser()) redirect(next ?? "/");
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">Create your account</CardTitle>
        <CardDescription>Then create a project and its first API key.</CardDescription>
      </CardHeader>
      <CardContent>
        <RegisterForm callbackUrl={next} />
      </CardContent>
    </Card>
  );
}
