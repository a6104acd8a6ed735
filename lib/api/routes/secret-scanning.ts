import { leakFeedbackSchema, leakReportSchema } from "@/lib/secret-scanning/schemas";
import { open, type RouteSpec } from "./spec";

/** GitHub's secret scanning partner endpoint: public, authenticated by GitHub's signature instead of a key. */
export const SECRET_SCANNING_ROUTES = {
  "POST /api/secret-scanning/github": {
    ...open,
    tag: "Secret scanning",
    operationId: "reportGithubSecretScanning",
    summary:
      "GitHub secret scanning: revoke keys found in public code (signed with GitHub's key: Github-Public-Key-Identifier and Github-Public-Key-Signature)",
    rawBody: leakReportSchema,
    response: leakFeedbackSchema,
    errors: ["bad_request", "unauthorized", "payload_too_large", "rate_limit_exceeded"],
  },
} as const satisfies Record<string, RouteSpec>;
