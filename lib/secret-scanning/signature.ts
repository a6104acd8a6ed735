import { createPublicKey, verify } from "node:crypto";

/**
 * Whether `signature` (base64 of a DER-encoded ECDSA signature, as GitHub sends it in
 * `Github-Public-Key-Signature`) signs exactly `body` (the raw request bytes) with SHA-256 under `publicKeyPem`.
 * Anything malformed (key, base64, DER) is simply not a valid signature; never throws.
 */
export function verifyGithubSignature({
  body,
  signature,
  publicKeyPem,
}: {
  body: Uint8Array;
  signature: string;
  publicKeyPem: string;
}): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature.trim())) return false;
  try {
    const key = createPublicKey(publicKeyPem);
    return verify("sha256", body, { key, dsaEncoding: "der" }, Buffer.from(signature.trim(), "base64"));
  } catch {
    return false;
  }
}
