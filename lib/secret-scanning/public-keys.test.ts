import { writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { findSecretScanningKey, forgetSecretScanningKeys, loadSecretScanningKeys } from "./public-keys";
import { githubSigningKey, writeKeyList } from "./test-signing";

const first = githubSigningKey("first");
const rotated = githubSigningKey("rotated");
const list = writeKeyList([first.entry]);
// env() is read on first use, after this line: the route's key list is this file.
process.env.SECRET_SCANNING_KEYS_URL = list.source;

afterEach(() => forgetSecretScanningKeys());

describe("loadSecretScanningKeys", () => {
  it("reads GitHub's format from file: (plain path and file:// URL)", async () => {
    for (const source of [list.source, `file://${list.file}`]) {
      expect(await loadSecretScanningKeys(source)).toEqual(new Map([["first", first.publicKeyPem]]));
    }
  });

  it.each([
    ["not JSON", "{"],
    ["no public_keys", JSON.stringify({ keys: [] })],
    ["an entry without key", JSON.stringify({ public_keys: [{ key_identifier: "x", is_current: true }] })],
  ])("refuses a list that is %s", async (_, text) => {
    const bad = writeKeyList([]);
    writeFileSync(bad.file, text);
    await expect(loadSecretScanningKeys(bad.source)).rejects.toThrow();
  });
});

describe("findSecretScanningKey", () => {
  it("finds a listed key, fetches again once for an unknown identifier, and answers null for one still unknown", async () => {
    try {
      expect(await findSecretScanningKey("first")).toBe(first.publicKeyPem);
      // GitHub rotates: the kept list does not have the new key yet, the fetch made for it does.
      writeFileSync(list.file, JSON.stringify({ public_keys: [first.entry, rotated.entry] }));
      expect(await findSecretScanningKey("rotated")).toBe(rotated.publicKeyPem);
      expect(await findSecretScanningKey("never-published")).toBeNull();
    } finally {
      writeFileSync(list.file, JSON.stringify({ public_keys: [first.entry] }));
    }
  });

  it("keeps the list: a file changed after the load does not change a known key", async () => {
    try {
      expect(await findSecretScanningKey("first")).toBe(first.publicKeyPem);
      writeFileSync(
        list.file,
        JSON.stringify({ public_keys: [{ ...first.entry, key: rotated.publicKeyPem }] }),
      );
      expect(await findSecretScanningKey("first")).toBe(first.publicKeyPem);
    } finally {
      writeFileSync(list.file, JSON.stringify({ public_keys: [first.entry] }));
    }
  });
});
