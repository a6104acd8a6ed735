import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listLiveSessions } from "@/db/queries/sessions";
import { describeAgent } from "@/lib/account/describe-agent";
import { getCurrentSession } from "@/lib/session";
import { NameForm } from "./_components/name-form";
import { PasswordForm } from "./_components/password-form";
import { SessionsTable } from "./_components/sessions-table";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const current = await getCurrentSession();
  if (!current) redirect("/login");
  const { user, sessionId } = current;
  const now = new Date();
  const sessions = await listLiveSessions({ userId: user.id, now });
  return (
    <div className="grid gap-6">
      <h1 className="font-semibold text-2xl">Account</h1>
      <Card>
        <CardHeader>
          <CardTitle>Name</CardTitle>
          <CardDescription>How you appear to the people in your projects.</CardDescription>
        </CardHeader>
        <CardContent>
          <NameForm key={user.name} name={user.name} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Password</CardTitle>
          <CardDescription>Changing it signs you out everywhere else; this session stays.</CardDescription>
        </CardHeader>
        <CardContent>
          {user.passwordHash ? (
            <PasswordForm />
          ) : (
            <p className="text-muted-foreground text-sm">
              You sign in with GitHub or Google; there is no password.
            </p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
          <CardDescription>Where you are signed in. Sign out a device you no longer use.</CardDescription>
        </CardHeader>
        <CardContent>
          <SessionsTable
            now={now.getTime()}
            currentId={sessionId}
            sessions={sessions.map((session) => ({
              id: session.id,
              device: describeAgent(session.userAgent),
              ipAddress: session.ipAddress,
              createdAt: session.createdAt.getTime(),
              lastSeenAt: session.lastSeenAt.getTime(),
            }))}
          />
        </CardContent>
      </Card>
      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>Sign out everywhere</CardTitle>
          <CardDescription>Ends every session of your account, this one included.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignOutEverywhere />
        </CardContent>
      </Card>
    </div>
  );
}
