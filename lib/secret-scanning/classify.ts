import "server-only";
import { findApiKeyByHash, type KeyForVerification } from "@/db/queries/api-keys/verify";
import { findProjectByPublishableKey } from "@/db/queries/publishable-keys";
import { hashApiKey, parseApiKey } from "@/lib/api-keys/format";

/** What a token GitHub found is to us, and what to do about it. */
export type LeakClassification =
  | { label: "false_positive" }
  /** A live secret key (its current or rolled-out secret): revoke it. */
  | { label: "true_positive"; action: "revoke"; key: KeyForVerification }
  /** The project's publishable key: public by design, so it is only reported. */
  | { label: "true_positive"; action: "report"; project: { id: string; slug: string } };

/**
 * Classifies one reported token. The checksum comes first, so a token that is not one of ours costs no query;
 * a well-formed one is looked up by hash (secret keys, current or previous secret) or as it is (publishable).
 */
export async function classifyLeakedToken(token: string): Promise<LeakClassification> {
  const parsed = parseApiKey(token);
  if (!parsed) return { label: "false_positive" };
  if (parsed.kind === "publishable") {
    const project = await findProjectByPublishableKey({ token: parsed.token });
    return project
      ? { label: "true_positive", action: "report", project: { id: project.id, slug: project.slug } }
      : { label: "false_positive" };
  }
  const key = await findApiKeyByHash({ hash: hashApiKey(parsed.token) });
  return key ? { label: "true_positive", action: "revoke", key } : { label: "false_positive" };
}
