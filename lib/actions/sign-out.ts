"use server";

import { signOut } from "@/lib/auth";
import { endCurrentSession } from "@/lib/session";

/**
 * Ends the session from any page (the account menu) and lands on the sign-in page. The row is ended before
 * the cookie is cleared: should that fail, the person is still signed in rather than falsely signed out.
 */
export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/login" });
}
