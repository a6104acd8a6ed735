import type { NextAuthConfig } from "next-auth";
import type pino from "pino";

type AuthLogger = Required<NonNullable<NextAuthConfig["logger"]>>;

// Auth.js errors a client causes (wrong password, throttled, missing CSRF token, …): one line, no stack.
const CLIENT_ERROR_TYPES = new Set([
  "AccessDenied",
  "AccountNotLinked",
  "CredentialsSignin",
  "InvalidCheck",
  "MissingCSRF",
  "OAuthAccountNotLinked",
  "OAuthCallbackError",
  "UnknownAction",
  "Verification",
  "WebAuthnVerificationError",
]);

/**
 * Auth.js's logger, through pino: one JSON object per line. An expected failure (a wrong password, a
 * throttled attempt, a forged form) is one line without a stack; its event was already logged by the app
 * with its context, so a refused sign-in is at debug level. Only an unexpected error carries its stack (as
 * `err`, escaped into that one line). Debug metadata is never logged: it holds the submitted form.
 */
export function authLogger(log: () => pino.Logger): AuthLogger {
  return {
    error(error) {
      // Auth.js's errors carry their class's `type` (a subclass of CredentialsSignin keeps that type).
      const { type = error.name, code } = error as Error & { type?: string; code?: unknown };
      if (type === "CredentialsSignin") {
        log().debug({ event: "auth_signin_refused", code }, "sign-in refused");
        return;
      }
      if (CLIENT_ERROR_TYPES.has(type)) {
        log().warn({ event: "auth_error", type }, error.message.split("\n", 1)[0] ?? type);
        return;
      }
      const cause = (error as { cause?: unknown }).cause;
      const err = cause && typeof cause === "object" && "err" in cause ? cause.err : error;
      log().error({ event: "auth_error", type, err }, "auth error");
    },
    warn(code) {
      log().warn({ event: "auth_warning", code }, "auth warning");
    },
    debug(message) {
      log().debug({ event: "auth_debug" }, message);
    },
  };
}
