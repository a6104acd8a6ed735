import "server-only";
import {
  type ApiKeyListItem,
  insertApiKey,
  replaceApiKeyHash,
  saveApiKeySettings,
} from "@/db/queries/api-keys/manage";
import { markApiKeyRevoked, type RevokeApiKeyResult } from "@/db/queries/api-keys/revoke";
import type { Refusal, Result } from "@/db/result";
import { displayKey, generateSecretKey, hashApiKey } from "./format";
import { afterKeyChange } from "./invalidation";

type Input<F extends (input: never) => unknown> = Parameters<F>[0];
type WithoutSecret<T> = Omit<T, "hash" | "displayKey">;

/** A new secret with what is stored of it; the plaintext is handed back once and kept nowhere. */
function newSecret() {
  const secret = generateSecretKey();
  return { secret, stored: { hash: hashApiKey(secret), displayKey: displayKey(secret) } };
}

/**
 * Creates a key for the actor ("self") or for a new machine user ("machine"). Returns the plaintext secret
 * once; refused (`limit`) when the project already has its most active keys.
 */
export async function createApiKey(
  input: WithoutSecret<Input<typeof insertApiKey>>,
): Promise<Result<{ apiKey: ApiKeyListItem; secret: string }, Refusal<"limit">>> {
  const { secret, stored } = newSecret();
  const created = await insertApiKey({ ...input, ...stored });
  return created.ok ? { ok: true, apiKey: created.apiKey, secret } : created;
}

/**
 * Changes name, permissions and expiry, effective on the next request; null when the key is not in this project
 * or has been revoked.
 */
export function updateApiKey(input: Input<typeof saveApiKeySettings>): Promise<ApiKeyListItem | null> {
  return afterKeyChange(input.projectId, saveApiKeySettings(input));
}

/**
 * Gives the key a new secret; the old one keeps working for `graceSeconds` (0: it stops at once). Returns the
 * new plaintext secret once; null when the key is not in this project or has been revoked.
 */
export async function rollApiKey(
  input: WithoutSecret<Input<typeof replaceApiKeyHash>>,
): Promise<{ apiKey: ApiKeyListItem; secret: string } | null> {
  const { secret, stored } = newSecret();
  const apiKey = await afterKeyChange(input.projectId, replaceApiKeyHash({ ...input, ...stored }));
  return apiKey ? { apiKey, secret } : null;
}

/**
 * Revokes the key (and retires its machine user): it is refused on every instance from the next request on
 * ("This API key has been revoked."), and kept, with its history, until retention ages it out. `reason` is shown
 * with it ("leaked", …; none for a plain revoke). Refused when it is not in this project or already revoked.
 */
export function revokeApiKey(input: Input<typeof markApiKeyRevoked>): Promise<RevokeApiKeyResult> {
  return afterKeyChange(input.projectId, markApiKeyRevoked(input));
}
