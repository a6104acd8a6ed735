"use server";

import { saveKeyPolicy } from "@/db/queries/key-policy";
import { projectAction } from "@/lib/actions/safe-action";
import { keyPolicySchema } from "@/lib/api-keys/policy";
import { logger } from "@/lib/logger";

/** Owners only: the capability is checked inside `projectAction`, whatever the page showed. */
export const updateKeyPolicyAction = projectAction(
  "updateKeyPolicy",
  { schema: keyPolicySchema, capability: "key-policy.manage" },
  async (policy, context) => {
    const saved = await saveKeyPolicy({
      projectId: context.project.id,
      policy,
      actor: { id: context.user.id, name: context.user.name },
      ipAddress: context.ipAddress,
    });
    if (saved.changed) {
      logger().info({ event: "key_policy_updated", projectId: context.project.id }, "Key policy changed");
    }
    return saved.after;
  },
);
