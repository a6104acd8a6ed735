import { z } from "zod";

/** 32 random bytes, base64url: anything else is not a token and needs no database lookup. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Not an invitation token");

/** Sign-in that comes back to the invitation; the token is encoded, so no value of it can leave the path. */
export function signInToInvitation(token: string): string {
  return `/login?callbackUrl=${encodeURIComponent(`/invite/${encodeURIComponent(token)}`)}`;
}
