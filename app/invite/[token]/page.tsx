import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getInvitationByToken } from "@/db/queries/invitation-accept";
import { formatDate } from "@/lib/format-time";
import { ROLE_LABELS } from "@/lib/roles";
import { getCurrentUser } from "@/lib/session";
import { InvitationResponse } from "./_components/invitation-response";
import { invitationTokenSchema, signInToInvitation } from "./_components/invitation-token";
import { SwitchAccountButton } from "./_components/switch-account-button";

// The token is in this page's URL: never send it on as a Referer.
export const metadata: Metadata = { title: "Join project", referrer: "no-referrer" };

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(signInToInvitation(token));
  const invitation = invitationTokenSchema.safeParse(token).success
    ? await getInvitationByToken({ token })
    : null;

  if (!invitation) {
    return (
      <Notice title="This invitation is not valid">
        The link may have been used already, revoked, or replaced by a newer link. Ask an owner of the project
        for a new one.
      </Notice>
    );
  }
  const { project } = invitation;
  if (invitation.expired) {
    return (
      <Notice title="This invitation has expired">
        The invitation to join {project.name} expired on{" "}
        {formatDate(invitation.expiresAt, { dateStyle: "long" })}. Ask an owner of the project for a new link.
      </Notice>
    );
  }
  if (user.email?.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <Notice title="This invitation is for another email" action={<SwitchAccountButton token={token} />}>
        The invitation to join {project.name} is for <strong>{invitation.email}</strong>, but you are signed
        in as <strong>{user.email}</strong>. Sign out, then sign in or create an account with{" "}
        {invitation.email} to accept it.
      </Notice>
    );
  }
  return (
    <Frame>
      <InvitationResponse
        token={token}
        projectName={project.name}
        invitedBy={invitation.invitedBy}
        roleLabel={ROLE_LABELS[invitation.role]}
        signedInAs={user.email ?? user.name}
      />
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/40 px-4 py-12">
      <div className="w-full max-w-md">{children}</div>
    </main>
  );
}

function Notice({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Frame>
      <Card>
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl">{title}</h1>
          </CardTitle>
          <CardDescription>{children}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {action}
          <Link href="/" className="text-center text-sm underline underline-offset-4">
            Go to your projects
          </Link>
        </CardContent>
      </Card>
    </Frame>
  );
}
