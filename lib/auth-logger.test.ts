import { Writable } from "node:stream";
// next-auth's own entry needs Next's server build; its error classes are these.
import { CallbackRouteError, CredentialsSignin, MissingCSRF } from "@auth/core/errors";
import pino from "pino";
import { describe, expect, it } from "vitest";

/** As lib/auth.ts declares it (that module needs Next's server build too). */
class LoginThrottledError extends CredentialsSignin {
  code = "throttled";
}

import { authLogger } from "./auth-logger";

function capture(level: pino.Level = "debug") {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const log = pino({ level, base: undefined }, stream);
  return { logger: authLogger(() => log), lines, records: () => lines.map((line) => JSON.parse(line)) };
}

describe("authLogger", () => {
  it.each([
    ["a wrong password", new CredentialsSignin()],
    ["a throttled attempt", new LoginThrottledError()],
  ])("logs %s as one debug line without a stack, and nothing at info", (_, error) => {
    const debug = capture();
    debug.logger.error(error);
    expect(debug.records()).toEqual([
      expect.objectContaining({ level: 20, event: "auth_signin_refused", code: error.code }),
    ]);
    expect(debug.lines.join("\n")).not.toContain("stack");
    const info = capture("info");
    info.logger.error(error);
    expect(info.lines).toEqual([]);
  });

  it("logs a client error such as a missing CSRF token as one warning without a stack", () => {
    const { logger, lines, records } = capture();
    logger.error(new MissingCSRF("CSRF token was missing from request"));
    expect(records()).toEqual([
      expect.objectContaining({ level: 40, event: "auth_error", type: "MissingCSRF" }),
    ]);
    expect(lines.join("\n")).not.toContain("stack");
  });

  it("logs an unexpected error once, with the stack of its cause, on one line", () => {
    const { logger, lines, records } = capture();
    // As Auth.js wraps an error thrown in `authorize` (its constructor's type says string; it takes an Error).
    const thrown = new Error("database unreachable") as unknown as string;
    logger.error(new CallbackRouteError(thrown, { cause: { provider: "credentials" } }));
    expect(lines).toHaveLength(1);
    const [record] = records();
    expect(record).toMatchObject({ level: 50, event: "auth_error", type: "CallbackRouteError" });
    expect(record.err.message).toBe("database unreachable");
    expect(record.err.stack).toContain("Error: database unreachable");
  });

  it("never logs debug metadata, which holds the submitted form", () => {
    const { logger, lines } = capture();
    logger.debug("callback route error details", { body: { password: "hunter2-secret" } });
    logger.warn("debug-enabled");
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toContain("hunter2-secret");
  });
});
