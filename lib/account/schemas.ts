import { z } from "zod";
import { singleLineText } from "@/lib/safe-text";
import { passwordSchema } from "@/lib/validation";

export const accountNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name")
  .max(100, "Use at most 100 characters")
  .refine(...singleLineText);

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
