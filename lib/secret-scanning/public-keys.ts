import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

/** Where GitHub publishes the keys it signs secret scanning alerts with. */
export const GITHUB_SECRET_SCANNING_KEYS_URL = "https://api.github.com/meta/public_keys/secret_scanning";
const FETCH_TIMEOUT_MS = 10_000;

/** GitHub's format of that list. */
export const secretScanningKeysSchema = z.object({
  public_keys: z.array(
    z.object({ key_identifier: z.string().min(1), key: z.string().min(1), is_current: z.boolean() }),
  ),
});

type Cache = { keys: Map<string, string> | null; loading: Promise<Map<string, string>> | null };
const cache = () => processSingleton("secret-scanning-keys", (): Cache => ({ keys: null, loading: null }));

/** Reads the list from `source`: `file:PATH` (offline use, tests) or an https URL. Throws when unreadable. */
export async function loadSecretScanningKeys(source: string): Promise<Map<string, string>> {
  let text: string;
  if (source.startsWith("file:")) {
    const path = source.startsWith("file://") ? fileURLToPath(source) : source.slice("file:".length);
    text = await readFile(path, "utf8");
  } else {
    const response = await fetch(source, {
      headers: { Accept: "application/json", "User-Agent": "codeqr-secret-scanning" },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`secret scanning keys: ${source} answered ${response.status}`);
    text = await response.text();
  }
  const list = secretScanningKeysSchema.parse(JSON.parse(text));
  return new Map(list.public_keys.map((key) => [key.key_identifier, key.key]));
}

/** One load at a time: concurrent callers share it. */
function reload(): Promise<Map<string, string>> {
  const state = cache();
  state.loading ??= loadSecretScanningKeys(env().SECRET_SCANNING_KEYS_URL)
    .then((keys) => {
      state.keys = keys;
      return keys;
    })
    .finally(() => {
      state.loading = null;
    });
  return state.loading;
}

/**
 * The PEM public key GitHub names `identifier`, or null. The list is kept in this process; an identifier it does
 * not hold makes it fetch the list again, once (GitHub rotates keys), before the answer is null.
 */
export async function findSecretScanningKey(identifier: string): Promise<string | null> {
  const known = cache().keys ?? (await reload());
  const key = known.get(identifier);
  if (key !== undefined) return key;
  return (await reload()).get(identifier) ?? null;
}

/** Forgets the kept list (tests that change the file). */
export function forgetSecretScanningKeys(): void {
  cache().keys = null;
}
