import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { oauthProviders } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/callback-path";
import { getCurrentUser } from "@/lib/session";
import { InvitationNotice } from "../_components/invitation-notice";
import { LoginForm } from "./login-form";

// An invitation link brings its token in callbackUrl: never send it on as a Referer.
export const metadata: Metadata = { referrer: "no-referrer", title: "Sign in" };

// The REST sign-in (`/api/auth/callback/credentials`) lands here with `?error=CredentialsSignin&code=…`.
const THROTTLED_NOTICE = "Too many failed sign-in attempts. Wait a minute and try again.";
const NOTICES: Record<string, string> = {
  OAuthAccountNotLinked: "An account with this email already exists. Sign in with your password.",
  AccessDenied: "Sign-in was refused.",
};

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { callbackUrl, error, code, notice: noticeCode } = await searchParams;
  const next = typeof callbackUrl === "string" ? safeCallbackPath(callbackUrl) : undefined;
  if (await getCurrentUser()) redirect(next ?? "/");
  const notice =
    typeof error === "string"
      ? code === "throttled"
        ? THROTTLED_NOTICE
        : (NOTICES[error] ?? "Sign-in failed. Try again.")
      : noticeCode === "registered"
        ? "Your account was created. Sign in to continue."
        : undefined;
  return (
    <>
      <InvitationNotice callbackPath={next} verb="Sign in" />
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">Sign in</CardTitle>
          <CardDescription>Manage your projects&apos; API keys.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginForm callbackUrl={next} providers={oauthProviders()} notice={notice} />
        </CardContent>
      </Card>
    </>
  );
}
