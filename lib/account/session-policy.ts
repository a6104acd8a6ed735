// How long sessions live and how often they are written; read by lib/auth.ts and db/queries/sessions.ts.

/** A session not used for this long ends (the cookie's lifetime, renewed on use). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A session's "last seen" is written at most this often, so a busy session costs no write per request. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** What is kept of a user agent; enough to tell browsers apart. */
export const USER_AGENT_MAX_LENGTH = 256;
