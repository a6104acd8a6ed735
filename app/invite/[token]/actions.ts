"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation } from "@/db/queries/invitation-accept";
import { declineInvitation } from "@/db/queries/invitation-decline";
import { ActionError, publicAction, userAction } from "@/lib/actions/safe-action";
import { signOut } from "@/lib/auth";
import { logger } from "@/lib/logger";
import { invitationTokenSchema, signInToInvitation } from "./_components/invitation-token";

const inputSchema = z.object({ token: invitationTokenSchema });

export const acceptInvitationAction = userAction(
  "acceptInvitation",
  inputSchema,
  async ({ token }, { user, ipAddress }) => {
    const result = await acceptInvitation({ token, user, ipAddress });
    if (result.ok) {
      logger().info(
        { event: "invitation_accepted", projectId: result.project.id, userId: user.id },
        "invitation accepted",
      );
      redirect(`/${result.project.slug}`);
    }
    if (result.reason === "already_member") redirect(`/${result.project.slug}`);
    if (result.reason === "expired") {
      throw new ActionError("This invitation has expired. Ask an owner of the project for a new link.");
    }
    if (result.reason === "email_mismatch") {
      throw new ActionError(
        `This invitation is for ${result.invitedEmail}. Sign in with that email to accept it.`,
      );
    }
    throw new ActionError(
      "This invitation link is not valid. It may have been used, revoked or replaced by a newer link.",
    );
  },
);

/**
 * Declines the invitation for the signed-in invitee: it is deleted and audited. The same checks as joining:
 * only the person whose email was invited may decline it.
 */
export const declineInvitationAction = userAction(
  "declineInvitation",
  inputSchema,
  async ({ token }, { user, ipAddress }) => {
    const result = await declineInvitation({ token, user, ipAddress });
    if (result.ok) return { projectName: result.project.name };
    if (result.reason === "expired") throw new ActionError("This invitation has expired already.");
    if (result.reason === "email_mismatch") {
      throw new ActionError(
        `This invitation is for ${result.invitedEmail}. Sign in with that email to decline it.`,
      );
    }
    throw new ActionError(
      "This invitation link is not valid. It may have been used, revoked or replaced by a newer link.",
    );
  },
);

/** Signs out and comes back to the invitation, so the invitee can sign in with the invited email. */
export const switchAccountAction = publicAction("switchAccount", inputSchema, async ({ token }) => {
  await signOut({ redirectTo: signInToInvitation(token) });
});
