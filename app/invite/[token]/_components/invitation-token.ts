import { z } from "zod";

/** 32 random bytes, base64url: anything else is not a token and needs no database lookup. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Not an invitation token");

/** Sign-in that comes back to the invitation; the token is encoded, so no value of it can leave the path. */
export function signInToInvitation(token: string): string {
  return `/login?callbackUrl=${encodeURIComponent(`/invite/${encodeURIComponent(token)}`)}`;
}

/** The invitation token a sign-in's callback path leads back to (`/invite/{token}`), or null for any other path. */
export function invitationTokenFromCallback(callbackPath: string | undefined): string | null {
  const match = callbackPath?.match(/^\/invite\/([^/?#]+)$/);
  const token = match?.[1];
  return token && invitationTokenSchema.safeParse(token).success ? token : null;
}
