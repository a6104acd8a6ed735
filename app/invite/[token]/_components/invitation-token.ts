import { z } from "zod";

/** 32 random bytes, base64url: anything else is not a token and needs no database lookup. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Not an invitation token");
