"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { createUser } from "@/db/queries/users";
import { ActionError, publicAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/callback-path";
import { clientAddress } from "@/lib/client-address";
import { logger } from "@/lib/logger";
import { hashPassword } from "@/lib/password";
import { takeSignUpAttempt } from "@/lib/rate-limit/sign-up-throttle";
import { registerSchema } from "@/lib/validation";

const THROTTLED = "Too many sign-up attempts from this address. Try again in an hour.";

/**
 * Without a mail round trip, whether an email is taken cannot be hidden from someone who tries it (a new
 * account signs in, a taken one cannot), so the answer says so plainly; every attempt, taken or not, counts
 * against the address's hourly sign-up allowance, which bounds how many emails it can try. Both answers hash
 * the password first, so they take as long.
 */
export const registerAction = publicAction("register", registerSchema, async (input) => {
  const address = clientAddress(await headers());
  if (!(await takeSignUpAttempt(address)).allowed) {
    logger().info({ event: "sign_up_throttled", address }, "sign-up throttled");
    throw new ActionError(THROTTLED);
  }
  const user = await createUser({
    name: input.name,
    email: input.email,
    passwordHash: await hashPassword(input.password),
  });
  if (!user) {
    throw new ActionError("An account with this email already exists.", {
      email: ["An account with this email already exists. Sign in instead."],
    });
  }
  logger().info({ event: "user_registered", userId: user.id }, "account created");
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    // The account exists; only the automatic sign-in was refused (e.g. this address is throttled).
    if (!(error instanceof AuthError)) throw error;
    redirect("/login?notice=registered");
  }
  redirect(safeCallbackPath(input.callbackUrl));
});
