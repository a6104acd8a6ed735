import { isIP } from "node:net";
import { z } from "zod";
import { parseTrustProxy } from "@/lib/trust-proxy";

const parsesAsTrust = (value: string | undefined) => {
  try {
    parseTrustProxy(value);
    return true;
  } catch {
    return false;
  }
};

/** An IP address with an optional port: `10.0.0.53`, `127.0.0.1:5353`, `::1`, `[::1]:5353`. */
const isDnsServer = (value: string) => {
  const match = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value) ?? /^([^:]+)(?::(\d{1,5}))?$/.exec(value);
  const [address, port] = match ? [match[1] ?? "", match[2]] : [value, undefined];
  const portOk = port === undefined || (Number(port) >= 1 && Number(port) <= 65_535);
  return portOk && (isIP(address) === 4 || isIP(address) === 6);
};

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  DATA_DIR: z.string().default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PROJECT_SEAT_LIMIT: z.coerce.number().int().positive().default(10),
  APP_URL: z.url().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  REDIS_URL: z.string().optional(),
  /** Put before every rate-limit key in Redis, so that runs sharing one Redis keep their counters apart. */
  REDIS_KEY_PREFIX: z.string().max(100).default(""),
  /** `off` stops recording API requests (the bench compares both). */
  API_REQUEST_LOG: z.enum(["on", "off"]).default("on"),
  API_REQUEST_RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  TRUST_PROXY: z
    .string()
    .optional()
    .refine(
      parsesAsTrust,
      "TRUST_PROXY must be a hop count, true, false, or a comma-separated list of addresses, CIDRs, loopback, linklocal and uniquelocal",
    ),
  /** GitHub's secret scanning public keys (GitHub's JSON format): an https URL, or `file:PATH` offline and in tests. */
  SECRET_SCANNING_KEYS_URL: z
    .string()
    .refine(
      (value) => /^(https?:\/\/|file:)/.test(value),
      "SECRET_SCANNING_KEYS_URL must be an http(s) URL or file:PATH",
    )
    .default("https://api.github.com/meta/public_keys/secret_scanning"),
  /** The DNS server that domain verification asks (an IP address, optionally with a port); unset → the system's. */
  DNS_SERVER: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || isDnsServer(value),
      "DNS_SERVER must be an IP address, optionally with a port: 10.0.0.53, 127.0.0.1:5353 or [::1]:5353",
    ),
});
export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** The validated environment, parsed on first use so that `next build` needs none of it. */
export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    parsed = result.data;
  }
  return parsed;
}
