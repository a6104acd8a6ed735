import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  crc32,
  displayKey,
  generatePublishableKey,
  generateSecretKey,
  hashApiKey,
  PUBLISHABLE_KEY_PREFIX,
  parseApiKey,
  parseAuthorizationHeader,
  SECRET_KEY_PREFIX,
} from "./format";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// Independent of the implementation: BigInt division, then left-pad with "0".
function expectedChecksum(text: string): string {
  let value = BigInt(crc32(text));
  let digits = "";
  while (value > 0n) {
    digits = ALPHABET.charAt(Number(value % 62n)) + digits;
    value /= 62n;
  }
  return digits.padStart(6, "0");
}

const randomBody = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 24, maxLength: 24 });

describe("crc32", () => {
  it.each([
    ["123456789", 0xcbf43926],
    ["", 0],
    ["a", 0xe8b7be43],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("crc32(%j) is the IEEE value", (input, expected) => {
    expect(crc32(input)).toBe(expected);
  });
});

describe("generated keys", () => {
  it("secret keys are codeqr_ + 30 base62 characters, 37 in all", () => {
    for (let i = 0; i < 1000; i++) {
      const key = generateSecretKey();
      expect(key).toMatch(/^codeqr_[0-9A-Za-z]{30}$/);
      expect(key).toHaveLength(37);
    }
  });

  it("publishable keys are codeqr_pk_ + 30 base62 characters", () => {
    expect(generatePublishableKey()).toMatch(/^codeqr_pk_[0-9A-Za-z]{30}$/);
  });

  it("end with the zero-padded base62 CRC32 of everything before the checksum", () => {
    for (const key of [generateSecretKey(), generatePublishableKey()]) {
      expect(key.slice(-6)).toBe(expectedChecksum(key.slice(0, -6)));
    }
  });

  it("100,000 secret keys are distinct and their random characters are evenly spread", () => {
    const keys = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const key = generateSecretKey();
      keys.add(key);
      for (const char of key.slice(SECRET_KEY_PREFIX.length, -6))
        counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(keys.size).toBe(100_000);
    expect(counts.size).toBe(62);
    // Modulo bias would make "0"–"7" about 25% more frequent than the rest.
    const seen = [...counts.values()];
    expect(Math.max(...seen) / Math.min(...seen)).toBeLessThan(1.05);
  });
});

describe("parseApiKey", () => {
  it("accepts a generated secret key as secret and a publishable key as publishable", () => {
    const secret = generateSecretKey();
    const publishable = generatePublishableKey();
    expect(parseApiKey(secret)).toEqual({ kind: "secret", token: secret });
    expect(parseApiKey(publishable)).toEqual({ kind: "publishable", token: publishable });
  });

  it("refuses a publishable body moved behind the secret prefix (checksum covers the prefix)", () => {
    const body = generatePublishableKey().slice(PUBLISHABLE_KEY_PREFIX.length);
    expect(parseApiKey(SECRET_KEY_PREFIX + body)).toBeNull();
  });

  it("refuses every single-character substitution of a valid secret key", () => {
    fc.assert(
      fc.property(
        randomBody,
        fc.nat({ max: 36 }),
        fc.integer({ min: 1, max: 61 }),
        (random, position, shift) => {
          const unchecked = SECRET_KEY_PREFIX + random;
          const key = unchecked + expectedChecksum(unchecked);
          expect(parseApiKey(key)).not.toBeNull();
          const original = key.charAt(position);
          const index = ALPHABET.indexOf(original);
          // Prefix characters outside the alphabet get any alphabet character; others a different one.
          const replacement = ALPHABET.charAt(index === -1 ? shift : (index + shift) % 62);
          const mutated = key.slice(0, position) + replacement + key.slice(position + 1);
          expect(replacement).not.toBe(original);
          expect(parseApiKey(mutated)).toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses every substitution at every position of one key, exhaustively", () => {
    const key = generateSecretKey();
    for (let position = 0; position < key.length; position++) {
      for (const replacement of ALPHABET) {
        if (replacement === key.charAt(position)) continue;
        expect(parseApiKey(key.slice(0, position) + replacement + key.slice(position + 1))).toBeNull();
      }
    }
  });

  it.each([
    ["empty", ""],
    ["prefix only", "codeqr_"],
    ["too short", generateSecretKey().slice(0, -1)],
    ["too long", `${generateSecretKey()}0`],
    ["surrounding whitespace", ` ${generateSecretKey()} `],
    ["upper-case prefix", `CODEQR_${generateSecretKey().slice(7)}`],
    ["other vendor", `dub_${generateSecretKey().slice(7)}`],
  ])("refuses a malformed token (%s)", (_, token) => {
    expect(parseApiKey(token)).toBeNull();
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: "binary" })), (input) => {
        expect(() => parseApiKey(input)).not.toThrow();
        expect(parseApiKey(input)).toBeNull();
      }),
      { numRuns: 5000 },
    );
    for (const input of ["x".repeat(10_000_000), `codeqr_${"\u{1F600}".repeat(15)}`, "codeqr_\0"]) {
      expect(parseApiKey(input)).toBeNull();
    }
  });
});

describe("hashApiKey", () => {
  it("is the 64-character SHA-256 hex digest, stable across calls", () => {
    const key = generateSecretKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hashApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("differs for different keys", () => {
    expect(hashApiKey(generateSecretKey())).not.toBe(hashApiKey(generateSecretKey()));
  });
});

describe("displayKey", () => {
  it("shows codeqr_… and the last 4 characters of a secret key", () => {
    expect(displayKey("codeqr_abcdefghijklmnopqrstuvwxyz0123")).toBe("codeqr_…0123");
  });

  it("keeps the publishable prefix", () => {
    expect(displayKey("codeqr_pk_abcdefghijklmnopqrstuvwxyzWXYZ")).toBe("codeqr_pk_…WXYZ");
  });

  it("reveals nothing of the random part beyond the last 4 characters", () => {
    const key = generateSecretKey();
    expect(displayKey(key)).toHaveLength("codeqr_…".length + 4);
    expect(key.endsWith(displayKey(key).slice(-4))).toBe(true);
  });
});

describe("parseAuthorizationHeader", () => {
  const key = "codeqr_abcdefghijklmnopqrstuvwxyz0123";

  const cases: [string | null | undefined, ReturnType<typeof parseAuthorizationHeader>][] = [
    [`Bearer ${key}`, { ok: true, token: key }],
    [`bearer ${key}`, { ok: true, token: key }],
    [`BEARER ${key}`, { ok: true, token: key }],
    ["Bearer not-checked-here", { ok: true, token: "not-checked-here" }],
    [`Bearer ${"a".repeat(200)}`, { ok: true, token: "a".repeat(200) }],
    [null, { ok: false, reason: "missing" }],
    [undefined, { ok: false, reason: "missing" }],
    ["", { ok: false, reason: "missing" }],
    ["   ", { ok: false, reason: "missing" }],
    ["Bearer", { ok: false, reason: "malformed" }],
    ["Bearer ", { ok: false, reason: "malformed" }],
    [`Bearer  ${key}`, { ok: false, reason: "malformed" }],
    [`Bearer\t${key}`, { ok: false, reason: "malformed" }],
    [` Bearer ${key}`, { ok: false, reason: "malformed" }],
    [`Bearer ${key} `, { ok: false, reason: "malformed" }],
    [`Bearer ${key} extra`, { ok: false, reason: "malformed" }],
    [`Basic ${key}`, { ok: false, reason: "malformed" }],
    [`Token ${key}`, { ok: false, reason: "malformed" }],
    [key, { ok: false, reason: "malformed" }],
    [`Bearer ${"a".repeat(201)}`, { ok: false, reason: "malformed" }],
    [`Bearer ${"a".repeat(1_000_000)}`, { ok: false, reason: "malformed" }],
  ];

  for (const [header, expected] of cases) {
    const shown =
      typeof header === "string" && header.length > 60
        ? `${header.slice(0, 20)}… (${header.length} chars)`
        : header;
    it(`${JSON.stringify(shown)} → ${expected.ok ? "token" : expected.reason}`, () => {
      expect(parseAuthorizationHeader(header)).toEqual(expected);
    });
  }
});
