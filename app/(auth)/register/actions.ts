"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { createUser } from "@/db/queries/users";
import { ActionError, publicAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth";
import { logger } from "@/lib/logger";
import { hashPassword } from "@/lib/password";
import { registerSchema, safeCallbackPath } from "@/lib/validation";

export const registerAction = publicAction("register", registerSchema, async (input) => {
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
