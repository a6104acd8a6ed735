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

/** One JSON object per line. Key material, passwords, cookies and Authorization headers are never logged. */
export function logger(): pino.Logger {
  return processSingleton("logger", () =>
    pino({
      level: env().LOG_LEVEL,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    }),
  );
}
