import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A P-256 key pair as GitHub signs with, and its public key in GitHub's list format. */
export function githubSigningKey(identifier = "test-key-1") {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
  return {
    identifier,
    privateKey,
    publicKeyPem: pem,
    entry: { key_identifier: identifier, key: pem, is_current: true },
  };
}

/** The base64 DER ECDSA/SHA-256 signature GitHub sends for `body`. */
export function signGithubPayload(body: string | Uint8Array, privateKey: KeyObject): string {
  return sign("sha256", typeof body === "string" ? Buffer.from(body) : body, {
    key: privateKey,
    dsaEncoding: "der",
  }).toString("base64");
}

/** Writes a key list in GitHub's format to a fresh temporary file; returns its `file:` source. */
export function writeKeyList(entries: { key_identifier: string; key: string; is_current: boolean }[]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "secret-scanning-")), "keys.json");
  writeFileSync(file, JSON.stringify({ public_keys: entries }));
  return { file, source: `file:${file}` };
}
