import { z } from "zod";
import { passwordSchema } from "@/lib/validation";

/** C0 controls and DEL: a name is shown in headers, lists and the audit log. */
const hasControlCharacter = (text: string) =>
  [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f;
  });

export const accountNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "Use at most 100 characters")
  .refine((name) => !hasControlCharacter(name), "Remove control characters")
  .refine((name) => name.isWellFormed(), "Remove invalid characters");

export const updateNameSchema = z.object({ name: accountNameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: passwordSchema,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

export const endSessionSchema = z.object({ sessionId: z.string().min(1).max(100) });
