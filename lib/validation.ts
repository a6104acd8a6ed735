import { z } from "zod";
import { acceptableText, singleLineText } from "@/lib/safe-text";

export const emailSchema = z
  .email({ error: "Enter a valid email address" })
  .max(254)
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(200, "Use at most 200 characters")
  .refine(...acceptableText);

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, "Enter your password")
    .max(200)
    .refine(...acceptableText),
  callbackUrl: z.string().optional(),
});

export const registerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter your name")
    .max(100, "Use at most 100 characters")
    .refine(...singleLineText),
  email: emailSchema,
  password: passwordSchema,
  callbackUrl: z.string().optional(),
});

// Moved beside its table of hostile forms; re-exported for existing imports.
export { safeCallbackPath } from "@/lib/callback-path";
