import type { z } from "zod";
import type { Permission } from "@/lib/api-keys/permissions";
import type { ErrorCode } from "../errors";

/** Who may call a route: anyone, the project's publishable key, or a secret key (with this permission). */
export type RouteAccess =
  | { auth: "public" }
  | { auth: "publishable" }
  | { auth: "secret"; permission: Permission | null };

/** Path parameters: their schema, and the 404 message when a value cannot name anything. */
export type PathParams = { schema: z.ZodType<Record<string, unknown>>; notFound: string };

/** Everything about one route of /api. */
export type RouteSpec = RouteAccess & {
  /** OpenAPI: summary, tag and operationId. */
  summary: string;
  tag: string;
  operationId: string;
  params?: PathParams;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A JSON body the handler reads itself, as bytes (they are signed): documented, not parsed by the wrapper. */
  rawBody?: z.ZodType;
  /** The JSON success body, or "image" for the QR code. */
  response: z.ZodType | "image";
  /** The success status: 200 unless said otherwise (the Dub SDK insists on 201 for tag and domain create). */
  status?: 200 | 201;
  /** Refusals beyond those every route of its kind gives. */
  errors?: readonly ErrorCode[];
  /** Every answer may be read cross-origin (the publishable endpoint is called from browsers on any site). */
  cors?: boolean;
};

export const CONFLICT = ["conflict"] as const;

/** A route that takes a secret key with `permission` (null: any valid secret key). */
export const secret = <const P extends Permission | null>(permission: P) =>
  ({ auth: "secret", permission }) as const;
export const publishable = { auth: "publishable" } as const;
export const open = { auth: "public" } as const;
