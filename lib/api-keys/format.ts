import { createHash, randomBytes } from "node:crypto";

export const SECRET_KEY_PREFIX = "codeqr_";
export const PUBLISHABLE_KEY_PREFIX = "codeqr_pk_";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const RANDOM_LENGTH = 24;
const CHECKSUM_LENGTH = 6;
const KEY_PATTERN = /^codeqr_(pk_)?[0-9A-Za-z]{30}$/;
const MAX_KEY_LENGTH = PUBLISHABLE_KEY_PREFIX.length + RANDOM_LENGTH + CHECKSUM_LENGTH;
// Bytes at or above 248 (= 4 * 62) are discarded so every base62 character is equally likely.
const UNBIASED_BYTE_LIMIT = 256 - (256 % BASE62.length);

const CRC32_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * CRC-32 (IEEE 802.3) of an ASCII `text` (one byte per character, as every key is), as an unsigned 32-bit
 * integer. It reads the characters directly: no byte array is allocated on the verification path.
 */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = (CRC32_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function checksumOf(text: string): string {
  let value = crc32(text);
  let digits = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    digits = BASE62.charAt(value % BASE62.length) + digits;
    value = Math.floor(value / BASE62.length);
  }
  return digits;
}

function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length)) {
      if (byte < UNBIASED_BYTE_LIMIT && out.length < length) out += BASE62.charAt(byte % BASE62.length);
    }
  }
  return out;
}

function generateKey(prefix: string): string {
  const unchecked = prefix + randomBase62(RANDOM_LENGTH);
  return unchecked + checksumOf(unchecked);
}

/** A new secret key: `codeqr_` + 24 random base62 characters + a 6-character CRC32 checksum. */
export function generateSecretKey(): string {
  return generateKey(SECRET_KEY_PREFIX);
}

/** A new publishable key: `codeqr_pk_` + the same 30-character body as a secret key. */
export function generatePublishableKey(): string {
  return generateKey(PUBLISHABLE_KEY_PREFIX);
}

/**
 * Recognizes a well-formed key with a valid checksum, without any lookup, so typos and
 * guesses are refused before touching the database. Returns null for anything else; never throws.
 */
export function parseApiKey(token: unknown): { kind: "secret" | "publishable"; token: string } | null {
  if (typeof token !== "string" || token.length > MAX_KEY_LENGTH) return null;
  const match = KEY_PATTERN.exec(token);
  if (!match) return null;
  const body = token.slice(0, -CHECKSUM_LENGTH);
  if (checksumOf(body) !== token.slice(-CHECKSUM_LENGTH)) return null;
  return { kind: match[1] ? "publishable" : "secret", token };
}

/** SHA-256 hex digest of a key: the only form of a secret key that is ever stored. */
export function hashApiKey(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The stored, shown form of a key: its prefix, "…" and the last 4 characters. */
export function displayKey(token: string): string {
  const prefix = token.startsWith(PUBLISHABLE_KEY_PREFIX) ? PUBLISHABLE_KEY_PREFIX : SECRET_KEY_PREFIX;
  return `${prefix}…${token.slice(-4)}`;
}

const MAX_BEARER_TOKEN_LENGTH = 200;
const BEARER_PATTERN = /^bearer (\S+)$/i;

/**
 * Extracts the token from exactly `Bearer <token>` (scheme in any case, one space, no whitespace
 * in the token, at most 200 characters). The checksum is left to `parseApiKey`.
 */
export function parseAuthorizationHeader(
  value: string | null | undefined,
): { ok: true; token: string } | { ok: false; reason: "missing" | "malformed" } {
  if (typeof value !== "string" || value.trim() === "") return { ok: false, reason: "missing" };
  if (value.length > "Bearer ".length + MAX_BEARER_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  const token = BEARER_PATTERN.exec(value)?.[1];
  return token ? { ok: true, token } : { ok: false, reason: "malformed" };
}
