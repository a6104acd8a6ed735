import "server-only";
import { findProjectByPublishableKey } from "@/db/queries/publishable-keys";
import { ApiError } from "@/lib/api/errors";
import { hashApiKey, parseApiKey, parseAuthorizationHeader } from "@/lib/api-keys/format";
import type { Permission } from "@/lib/api-keys/permissions";
import { UNKNOWN_ADDRESS } from "@/lib/client-address";
import { cachedApiKey, loadApiKey } from "./cache";

export type VerifiedApiKey = {
  id: string;
  name: string;
  /** What the key may do now: its scopes ∩ its owner's current role. */
  permissions: readonly Permission[];
  project: { id: string; slug: string; name: string; plan: string };
  ownerId: string;
};

const INVALID = "Invalid API key.";

/**
 * A refusal of a key that exists (revoked, expired, rolled out, owner gone: 401; a client address outside its
 * allowlist: 403): it names the key for the request log.
 */
export class RefusedKeyError extends ApiError {
  constructor(
    message: string,
    readonly key: VerifiedApiKey,
    code: "unauthorized" | "forbidden" = "unauthorized",
  ) {
    super(code, message);
  }
}

export type ProjectRef = VerifiedApiKey["project"];

function bearerToken(authorization: string | null): string {
  const header = parseAuthorizationHeader(authorization);
  if (header.ok) return header.token;
  if (header.reason === "missing") {
    throw new ApiError("unauthorized", "Missing API key. Send it as 'Authorization: Bearer codeqr_…'.");
  }
  throw new ApiError("bad_request", "Malformed Authorization header. Expected 'Bearer codeqr_…'.");
}

/** A publishable key (`codeqr_pk_…`) → its project. Secret keys are refused: they must not reach browsers. */
export async function verifyPublishableKey(authorization: string | null): Promise<ProjectRef> {
  const parsed = parseApiKey(bearerToken(authorization));
  if (!parsed) throw new ApiError("unauthorized", INVALID);
  if (parsed.kind === "secret") {
    throw new ApiError(
      "forbidden",
      "This endpoint takes the project's publishable key (codeqr_pk_…), not a secret key.",
    );
  }
  const project = await findProjectByPublishableKey({ token: parsed.token });
  if (!project) throw new ApiError("unauthorized", INVALID);
  return project;
}

/**
 * SPEC §8, in order: header shape → prefix and checksum (no I/O) → lookup by hash → revoked → expiry and roll
 * grace → owner still a member → client address in the key's allowlist → effective permissions. Throws the
 * ApiError to answer with (a RefusedKeyError for a key that exists but may not be used). `address` is the
 * trusted client address (lib/client-address.ts); when it is not known, a key with an allowlist is refused.
 */
export async function verifyApiKey(
  authorization: string | null,
  now = Date.now(),
  address: string = UNKNOWN_ADDRESS,
): Promise<VerifiedApiKey> {
  const parsed = parseApiKey(bearerToken(authorization));
  if (!parsed) throw new ApiError("unauthorized", INVALID);
  if (parsed.kind === "publishable") {
    throw new ApiError(
      "forbidden",
      "Publishable keys can only be used with POST /api/track/click. Use a secret key.",
    );
  }
  const hash = hashApiKey(parsed.token);
  const cached = cachedApiKey(hash, now);
  const key = cached === undefined ? await loadApiKey(hash) : cached;
  if (!key) throw new ApiError("unauthorized", INVALID);
  const verified: VerifiedApiKey = {
    id: key.id,
    name: key.name,
    permissions: key.permissions,
    project: key.project,
    ownerId: key.owner.id,
  };
  if (key.revokedAt) throw new RefusedKeyError("This API key has been revoked.", verified);
  if (key.expiresAt && key.expiresAt.getTime() <= now)
    throw new RefusedKeyError("This API key has expired.", verified);
  if (key.graceEndsAt && key.graceEndsAt.getTime() <= now) {
    throw new RefusedKeyError("This API key has been rolled; use its new secret.", verified);
  }
  if (!key.owner.role)
    throw new RefusedKeyError("This API key's owner is no longer a member of the project.", verified);
  if (!key.allowsAddress(address)) {
    const message = `Requests from ${address} are not allowed for this API key.`;
    throw new RefusedKeyError(message, verified, "forbidden");
  }
  return verified;
}
