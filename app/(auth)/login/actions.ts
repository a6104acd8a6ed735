"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { ActionError, publicAction } from "@/lib/actions/safe-action";
import { LoginThrottledError, signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/callback-path";
import { loginSchema } from "@/lib/validation";

const INVALID_CREDENTIALS = "Invalid email or password.";
const THROTTLED = "Too many failed sign-in attempts. Wait a minute and try again.";

export const loginAction = publicAction("login", loginSchema, async ({ email, password, callbackUrl }) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof LoginThrottledError) throw new ActionError(THROTTLED);
    if (error instanceof AuthError) throw new ActionError(INVALID_CREDENTIALS);
    throw error;
  }
  redirect(safeCallbackPath(callbackUrl));
});

export const oauthSignInAction = publicAction(
  "oauthSignIn",
  z.object({ provider: z.enum(["github", "google"]), callbackUrl: z.string().optional() }),
  async ({ provider, callbackUrl }) => {
    await signIn(provider, { redirectTo: safeCallbackPath(callbackUrl) });
  },
);
