import { describe, expect, it } from "vitest";
import { verifyGithubSignature } from "./signature";
import { githubSigningKey, signGithubPayload } from "./test-signing";

const github = githubSigningKey();
const other = githubSigningKey("other");
const body =
  '[{"token":"codeqr_x","type":"codeqr_api_key","url":"https://github.com/a/b","source":"content"}]';
const signature = signGithubPayload(body, github.privateKey);

describe("verifyGithubSignature", () => {
  it.each([
    ["the signed body with its key", body, signature, github.publicKeyPem, true],
    ["a body changed by one character", body.replace("a/b", "a/c"), signature, github.publicKeyPem, false],
    ["the body with a trailing newline", `${body}\n`, signature, github.publicKeyPem, false],
    ["another key's signature", body, signGithubPayload(body, other.privateKey), github.publicKeyPem, false],
    ["the right signature checked with another key", body, signature, other.publicKeyPem, false],
    ["a signature that is not base64", body, "not base64!", github.publicKeyPem, false],
    ["base64 that is not DER", body, Buffer.from("garbage").toString("base64"), github.publicKeyPem, false],
    ["an empty signature", body, "", github.publicKeyPem, false],
    ["a key that is not PEM", body, signature, "not a key", false],
  ])("%s → %s", (_, sent, sig, pem, valid) => {
    expect(verifyGithubSignature({ body: Buffer.from(sent), signature: sig, publicKeyPem: pem })).toBe(valid);
  });
});
