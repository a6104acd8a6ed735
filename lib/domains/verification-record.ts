/** The DNS record a project creates to prove it controls a hostname: a TXT record beside the hostname. */
export type VerificationRecord = { type: "TXT"; name: string; value: string };

/** Under its own label, so the record can sit beside the hostname's CNAME (which allows no other record). */
export const VERIFICATION_LABEL = "_codeqr-verification";

/** `_codeqr-verification.go.acme.com TXT "codeqr-verification=<token>"` for this project's claim. */
export function verificationRecord(domain: { slug: string; verificationToken: string }): VerificationRecord {
  return {
    type: "TXT",
    name: `${VERIFICATION_LABEL}.${domain.slug}`,
    value: `codeqr-verification=${domain.verificationToken}`,
  };
}

/**
 * What one check found: the record ("verified"), no TXT record at the name ("not_found"), TXT records none of
 * which holds the value ("mismatch"), or no usable answer from DNS ("dns_error", which changes nothing).
 */
export const VERIFICATION_CHECKS = ["verified", "not_found", "mismatch", "dns_error"] as const;
export type VerificationCheck = (typeof VERIFICATION_CHECKS)[number];
