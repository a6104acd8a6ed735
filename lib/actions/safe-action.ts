import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getProjectForMember } from "@/db/queries/projects";
import type { Project, User } from "@/db/schema";
import { type Capability, can } from "@/lib/authorization";
import { clientAddress } from "@/lib/client-address";
import { logger } from "@/lib/logger";
import type { Role } from "@/lib/roles";
import { findHostileText } from "@/lib/safe-text";
import { getCurrentUser } from "@/lib/session";
import { serverFailureMessage } from "./failure";
import type { ActionResult } from "./result";

/** A refusal the user should read; anything else thrown by a handler becomes a generic message. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export type UserContext = { user: User; ipAddress: string };
export type ProjectContext = { user: User; project: Project; role: Role; ipAddress: string };

const projectRefSchema = z.object({ projectSlug: z.string().min(1).max(100) });

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const hostile = findHostileText(input);
  if (hostile)
    throw new ActionError("Check the highlighted fields.", { [hostile.path || "form"]: [hostile.problem] });
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  throw new ActionError("Check the highlighted fields.", fieldErrors);
}

async function run<T>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof ActionError)
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    // The person gets an id to quote, never the error's text (it may name tables, hashes or emails).
    const requestId = randomUUID();
    logger().error({ action: name, requestId, err: error }, "server action failed");
    return { ok: false, error: serverFailureMessage(requestId), requestId };
  }
}

/** An action anyone may call (sign-in, sign-up): parse, then handle. */
export function publicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.output<S>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input) => run(name, () => handler(parse(schema, input)));
}

/** An action for any signed-in person, outside a project (creating one). */
export function userAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, context: UserContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input) =>
    run(name, async () => {
      const user = await getCurrentUser();
      if (!user) throw new ActionError("Your session has ended. Sign in again.");
      return handler(parse(schema, input), { user, ipAddress: clientAddress(await headers()) });
    });
}

/**
 * An action inside one project. A server action is a public endpoint: it authorises itself, whatever the
 * page showed — session, then membership in *this* project (`projectSlug` in the input) and the role's
 * `capability` when one is named, then the input schema, then the handler.
 */
export function projectAction<S extends z.ZodType, T>(
  name: string,
  options: { schema: S; capability?: Capability },
  handler: (input: z.output<S>, context: ProjectContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return (input) =>
    run(name, async () => {
      const user = await getCurrentUser();
      if (!user) throw new ActionError("Your session has ended. Sign in again.");
      const { projectSlug } = parse(projectRefSchema, input);
      const membership = await getProjectForMember({ slug: projectSlug, userId: user.id });
      if (!membership) throw new ActionError("Project not found.");
      if (options.capability && !can(membership.role, options.capability)) {
        throw new ActionError("Only project owners can do this.");
      }
      return handler(parse(options.schema, input), {
        user,
        ...membership,
        ipAddress: clientAddress(await headers()),
      });
    });
}
