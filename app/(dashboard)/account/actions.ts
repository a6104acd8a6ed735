"use server";

import { z } from "zod";
import { changePasswordHash, updateUserName } from "@/db/queries/account";
import { endSession, endUserSessions } from "@/db/queries/sessions";
import { changePasswordSchema, endSessionSchema, updateNameSchema } from "@/lib/account/schemas";
import { ActionError, userAction } from "@/lib/actions/safe-action";
import { signOut } from "@/lib/auth";
import { logger } from "@/lib/logger";
import { hashPassword, verifyPassword } from "@/lib/password";
import { consumePasswordCheck } from "@/lib/rate-limit/password-change";
import { getCurrentSession } from "@/lib/session";

const WRONG_PASSWORD = "The current password is not correct.";

async function currentSessionId(): Promise<string> {
  const current = await getCurrentSession();
  if (!current) throw new ActionError("Your session has ended. Sign in again.");
  return current.sessionId;
}

export const updateNameAction = userAction("updateName", updateNameSchema, async ({ name }, { user }) => {
  const updated = await updateUserName({ userId: user.id, name });
  if (!updated) throw new ActionError("Your session has ended. Sign in again.");
  return { name: updated.name };
});

/** Checks the current password (a few tries per window), stores the new one and ends every other session. */
export const changePasswordAction = userAction(
  "changePassword",
  changePasswordSchema,
  async ({ currentPassword, newPassword }, { user }) => {
    const sessionId = await currentSessionId();
    if (!user.passwordHash) {
      throw new ActionError("This account signs in with GitHub or Google and has no password to change.");
    }
    if (!(await consumePasswordCheck(user.id))) {
      throw new ActionError("Too many password attempts. Wait 15 minutes and try again.");
    }
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new ActionError(WRONG_PASSWORD, { currentPassword: [WRONG_PASSWORD] });
    }
    const endedSessions = await changePasswordHash({
      userId: user.id,
      passwordHash: await hashPassword(newPassword),
      keepSessionId: sessionId,
    });
    logger().info({ event: "password_changed", userId: user.id, endedSessions }, "password changed");
    return { endedSessions };
  },
);

/** Ends one of the person's other sessions (a lost laptop); this one ends through Sign out. */
export const endSessionAction = userAction(
  "endSession",
  endSessionSchema,
  async ({ sessionId }, { user }) => {
    if (sessionId === (await currentSessionId())) throw new ActionError("Use Sign out to end this session.");
    if (!(await endSession({ id: sessionId, userId: user.id }))) {
      throw new ActionError("That session has already ended.");
    }
    return { sessionId };
  },
);

/** Ends every session of the person, this one included, and lands on the sign-in page. */
export const signOutEverywhereAction = userAction(
  "signOutEverywhere",
  z.object({}),
  async (_input, { user }) => {
    const endedSessions = await endUserSessions({ userId: user.id });
    logger().info(
      { event: "signed_out_everywhere", userId: user.id, endedSessions },
      "signed out everywhere",
    );
    await signOut({ redirectTo: "/login" });
  },
);
