import pino from "pino";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

const REDACTED_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "key",
  "*.key",
  "secret",
  "*.secret",
  "authorization",
  "cookie",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "req.headers.cookie",
];

type DatabaseError = { code: string; message: string };

/** The PostgreSQL error (SQLSTATE code) behind an error, whether raised by postgres.js or PGlite, or wrapped by drizzle. */
function databaseCause(error: unknown): DatabaseError | null {
  for (let current = error; current && typeof current === "object"; current = (current as Error).cause) {
    const { code, message } = current as Partial<DatabaseError>;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && typeof message === "string") {
      return { code, message };
    }
  }
  return null;
}

/**
 * Errors as facts for the log. A database error is logged by its SQLSTATE code and message only: drizzle's own
 * message, the query's parameters and PostgreSQL's `detail` can hold emails, password hashes or key hashes.
 */
export function serializeError(error: unknown): Record<string, unknown> {
  const database = databaseCause(error);
  if (database) return { type: "DatabaseError", ...database };
  if (error instanceof Error && error.name === "DrizzleQueryError") {
    return { type: "DatabaseError", message: "A database query failed." };
  }
  return pino.stdSerializers.err(error as Error);
}

/** One JSON object per line to `destination` (stdout by default); what `logger()` uses. */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: env().LOG_LEVEL,
    base: undefined,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** One JSON object per line. Key material, passwords, cookies and Authorization headers are never logged. */
export function logger(): pino.Logger {
  return processSingleton("logger", () => createLogger());
}
