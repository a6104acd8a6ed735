import { z } from "zod";
import { singleLineText } from "@/lib/safe-text";

/** Top-level paths of the app: a project slug may not shadow them. */
const RESERVED_SLUGS = new Set([
  "api",
  "app",
  "login",
  "logout",
  "register",
  "new",
  "invite",
  "invites",
  "s",
  "settings",
  "static",
  "public",
  "_next",
  "favicon.ico",
  "robots.txt",
  "admin",
  "dashboard",
  "docs",
  "help",
  "account",
]);

export const projectNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a project name")
  .max(50, "Use at most 50 characters")
  .refine(...singleLineText);

export const projectSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(48, "Use at most 48 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens between them")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This slug is reserved");

/** A URL-safe slug suggestion for a project name ("Acme Inc." → "acme-inc"). */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}
