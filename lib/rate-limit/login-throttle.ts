import { windowStore } from "./store";

export const MAX_FAILED_LOGINS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

const keysFor = (email: string, address: string) => [
  `login:email:${email.toLowerCase()}`,
  `login:ip:${address}`,
];

/** True once an email or an address has failed more than the allowed number of times this minute. */
export async function isLoginThrottled(email: string, address: string): Promise<boolean> {
  const windows = await Promise.all(keysFor(email, address).map((key) => windowStore().get(key)));
  return windows.some((window) => (window?.count ?? 0) >= MAX_FAILED_LOGINS_PER_MINUTE);
}

export async function recordFailedLogin(email: string, address: string): Promise<void> {
  await Promise.all(keysFor(email, address).map((key) => windowStore().increment(key, WINDOW_MS)));
}
