import { MailOpen } from "lucide-react";
import { invitationTokenFromCallback } from "@/app/invite/[token]/_components/invitation-token";
import { getInvitationByToken } from "@/db/queries/invitation-accept";

type Props = {
  /** The sign-in's callback path, already made safe; only `/invite/{token}` shows anything. */
  callbackPath: string | undefined;
  /** What the invitee does on this page: "Sign in" or "Create an account". */
  verb: string;
};

/**
 * Who invited the visitor to which project, above the sign-in and sign-up forms. For display only: joining
 * still checks the token, the signed-in email and the expiry on the invitation page.
 */
export async function InvitationNotice({ callbackPath, verb }: Props) {
  const token = invitationTokenFromCallback(callbackPath);
  const invitation = token ? await getInvitationByToken({ token }) : null;
  if (!invitation) return null;
  const projectName = <strong>{invitation.project.name}</strong>;
  return (
    <section
      aria-label="Invitation"
      className="flex gap-3 rounded-xl border bg-card px-4 py-3 text-card-foreground text-sm shadow-sm"
    >
      <MailOpen aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      {invitation.expired ? (
        <p className="min-w-0 break-words">
          Your invitation to join {projectName} has expired. Ask an owner of the project for a new link.
        </p>
      ) : (
        <div className="grid min-w-0 gap-1 break-words">
          <p>
            {invitation.invitedBy ? <strong>{invitation.invitedBy}</strong> : "An owner"} invited you to join{" "}
            {projectName}.
          </p>
          <p className="text-muted-foreground">
            {verb} with <strong className="text-foreground">{invitation.email}</strong> to accept.
          </p>
        </div>
      )}
    </section>
  );
}
