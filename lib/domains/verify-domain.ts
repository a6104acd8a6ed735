import "server-only";
import { getDomain, markDomainPending, markDomainVerified } from "@/db/queries/domains";
import type { Refusal, Result } from "@/db/result";
import type { Domain } from "@/db/schema";
import { lookupTxt, type TxtLookup } from "@/lib/domains/dns-check";
import { type VerificationCheck, verificationRecord } from "@/lib/domains/verification-record";
import { logger } from "@/lib/logger";

export type DomainVerification = Result<
  { check: VerificationCheck; message: string; domain: Domain },
  Refusal<"not_found" | "verified_elsewhere">
>;

function checkOf(answer: TxtLookup, value: string): VerificationCheck {
  if (answer.kind === "error") return "dns_error";
  if (answer.kind === "none") return "not_found";
  return answer.values.includes(value) ? "verified" : "mismatch";
}

/**
 * Looks up the project's TXT record for the domain and records what DNS says: found → verified (the hostname then
 * belongs to this project alone); not there → pending (a verified domain stops serving); no usable answer →
 * nothing changes.
 */
export async function verifyDomain({
  projectId,
  slug,
}: {
  projectId: string;
  slug: string;
}): Promise<DomainVerification> {
  const domain = await getDomain({ projectId, slug });
  if (!domain) return { ok: false, reason: "not_found" };
  const record = verificationRecord(domain);
  const answer = await lookupTxt(record.name);
  const check = checkOf(answer, record.value);
  logger().info(
    { event: "domain_verification_checked", projectId, domainId: domain.id, check },
    "domain verification checked",
  );
  if (check === "verified") {
    const marked = await markDomainVerified({ projectId, slug, token: domain.verificationToken });
    if (!marked.ok) return marked;
    const message = `Found the TXT record at ${record.name}: ${slug} is verified and serves short links.`;
    return { ok: true, check, message, domain: marked.domain };
  }
  if (check === "dns_error") {
    const code = answer.kind === "error" ? answer.code : "";
    const message = `DNS gave no usable answer for ${record.name} (${code}). Nothing changed; try again in a moment.`;
    return { ok: true, check, message, domain };
  }
  const after = domain.verified ? ((await markDomainPending({ projectId, slug })) ?? domain) : domain;
  const found =
    check === "not_found"
      ? `No TXT record found at ${record.name}.`
      : `The TXT records at ${record.name} do not include ${record.value}.`;
  const status = domain.verified
    ? `${slug} is pending again and no longer serves short links.`
    : "Create the record (DNS changes can take a few minutes to appear), then verify again.";
  return { ok: true, check, message: `${found} ${status}`, domain: after };
}
