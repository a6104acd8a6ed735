"use server";

import { z } from "zod";
import {
  type ApiKeyListItem,
  getApiKey,
  getApiKeysOverview,
  MAX_ACTIVE_KEYS_PER_PROJECT,
} from "@/db/queries/api-keys";
import { getPublishableKey, revokePublishableKey } from "@/db/queries/publishable-keys";
import { ActionError, type ProjectContext, projectAction } from "@/lib/actions/safe-action";
import { createApiKey, revokeApiKey, rollApiKey, updateApiKey } from "@/lib/api-keys/manage";
import { type Permission, presetOf } from "@/lib/api-keys/permissions";
import { generateProjectPublishableKey } from "@/lib/api-keys/publishable";
import {
  createApiKeySchema,
  expiresAtFromForm,
  GRACE_PERIOD_SECONDS,
  revokeApiKeySchema,
  rollApiKeySchema,
  scopesFromForm,
  updateApiKeySchema,
} from "@/lib/api-keys/schemas";
import { can, canManageKey, permissionsBeyondRole } from "@/lib/authorization";
import { logger } from "@/lib/logger";
import { refuseOutsideKeyPolicy, refuseRollOutsideKeyPolicy } from "./key-policy-guard";

function refuseBeyondRole(scopes: Permission[], { role }: ProjectContext) {
  const beyond = permissionsBeyondRole(scopes, role);
  if (beyond.length > 0) {
    throw new ActionError(`Your role (${role}) cannot grant ${beyond.join(", ")}.`, {
      preset: [`Your role cannot grant ${beyond.join(", ")}.`],
    });
  }
}

const GONE = "This API key no longer exists.";
const REVOKED = {
  edit: "This API key has been revoked; a revoked key cannot be edited.",
  roll: "This API key has been revoked; a revoked key cannot be rolled.",
  revoke: "This API key has already been revoked.",
} as const;

/**
 * The key, if the caller may manage it (otherwise the same refusal whether or not it exists) and it has not
 * been revoked.
 */
async function manageableKey(
  keyId: string,
  context: ProjectContext,
  action: keyof typeof REVOKED,
): Promise<ApiKeyListItem> {
  const key = await getApiKey({ projectId: context.project.id, keyId });
  if (!key) throw new ActionError(GONE);
  const allowed = canManageKey({
    role: context.role,
    actorUserId: context.user.id,
    keyOwnerUserId: key.owner.id,
    keyOwnerIsMachine: key.owner.isMachine,
  });
  if (!allowed) throw new ActionError("You can only manage your own API keys.");
  if (key.revokedAt) throw new ActionError(REVOKED[action]);
  return key;
}

const actorOf = ({ user, ipAddress }: ProjectContext) => ({
  actor: { id: user.id, name: user.name },
  ipAddress,
});

export const listApiKeysAction = projectAction(
  "listApiKeys",
  { schema: z.object({}) },
  (_input, { project }) => getApiKeysOverview({ projectId: project.id }),
);

export const createApiKeyAction = projectAction(
  "createApiKey",
  { schema: createApiKeySchema },
  async (input, context) => {
    if (input.owner === "machine" && !can(context.role, "keys.create-machine")) {
      throw new ActionError("Only owners can create machine users.", {
        owner: ["Only owners can create machine users."],
      });
    }
    const scopes = scopesFromForm(input);
    refuseBeyondRole(scopes, context);
    const expiresAt = expiresAtFromForm(input) ?? null;
    const allowedIps = input.allowedIps ?? [];
    await refuseOutsideKeyPolicy(context, { creating: true, owner: input.owner, expiresAt, allowedIps });
    const result = await createApiKey({
      projectId: context.project.id,
      name: input.name,
      scopes,
      expiresAt,
      allowedIps,
      owner: input.owner,
      ...actorOf(context),
    });
    if (!result.ok) {
      throw new ActionError(
        `This project already has ${MAX_ACTIVE_KEYS_PER_PROJECT} active API keys, the most it can have. Revoke one first.`,
      );
    }
    logger().info(
      {
        event: "api_key_created",
        projectId: context.project.id,
        keyId: result.apiKey.id,
        permissions: presetOf(scopes),
      },
      "API key created",
    );
    return { apiKey: result.apiKey, secret: result.secret };
  },
);

export const updateApiKeyAction = projectAction(
  "updateApiKey",
  { schema: updateApiKeySchema },
  async (input, context) => {
    const key = await manageableKey(input.keyId, context, "edit");
    const scopes = scopesFromForm(input);
    refuseBeyondRole(scopes, context);
    const submitted = expiresAtFromForm(input);
    const expiresAt = submitted === undefined ? key.expiresAt : submitted;
    const owner = key.owner.isMachine ? "machine" : "self";
    // An edit that does not send the list keeps the key's own.
    const allowedIps = input.allowedIps ?? key.allowedIps;
    await refuseOutsideKeyPolicy(context, { creating: false, owner, expiresAt, allowedIps });
    const updated = await updateApiKey({
      projectId: context.project.id,
      keyId: key.id,
      name: input.name,
      scopes,
      expiresAt,
      allowedIps: input.allowedIps,
      ...actorOf(context),
    });
    // Revoked (or gone) between the check and the write.
    if (!updated) throw new ActionError(REVOKED.edit);
    logger().info(
      { event: "api_key_updated", projectId: context.project.id, keyId: key.id },
      "API key edited",
    );
    return updated;
  },
);

export const rollApiKeyAction = projectAction(
  "rollApiKey",
  { schema: rollApiKeySchema },
  async (input, context) => {
    const key = await manageableKey(input.keyId, context, "roll");
    await refuseRollOutsideKeyPolicy(context, key);
    const rolled = await rollApiKey({
      projectId: context.project.id,
      keyId: key.id,
      graceSeconds: GRACE_PERIOD_SECONDS[input.grace],
      ...actorOf(context),
    });
    if (!rolled) throw new ActionError(REVOKED.roll);
    logger().info(
      { event: "api_key_rolled", projectId: context.project.id, keyId: key.id, grace: input.grace },
      "API key rolled",
    );
    return rolled;
  },
);

export const revokeApiKeyAction = projectAction(
  "revokeApiKey",
  { schema: revokeApiKeySchema },
  async (input, context) => {
    const key = await manageableKey(input.keyId, context, "revoke");
    const revoked = await revokeApiKey({ projectId: context.project.id, keyId: key.id, ...actorOf(context) });
    if (!revoked.ok) throw new ActionError(revoked.reason === "already_revoked" ? REVOKED.revoke : GONE);
    logger().info(
      { event: "api_key_revoked", projectId: context.project.id, keyId: key.id },
      "API key revoked",
    );
    return { apiKey: revoked.apiKey, machineUserDeleted: revoked.machineUserDeleted };
  },
);

export const getPublishableKeyAction = projectAction(
  "getPublishableKey",
  { schema: z.object({}), capability: "publishable-key.manage" },
  (_input, { project }) => getPublishableKey({ projectId: project.id }),
);

export const generatePublishableKeyAction = projectAction(
  "generatePublishableKey",
  { schema: z.object({}), capability: "publishable-key.manage" },
  (_input, context) => generateProjectPublishableKey({ projectId: context.project.id, ...actorOf(context) }),
);

export const revokePublishableKeyAction = projectAction(
  "revokePublishableKey",
  { schema: z.object({}), capability: "publishable-key.manage" },
  async (_input, context) => {
    const revoked = await revokePublishableKey({ projectId: context.project.id, ...actorOf(context) });
    if (!revoked) throw new ActionError("This project has no publishable key.");
    return null;
  },
);
