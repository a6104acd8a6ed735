import { z } from "zod";
import { REQUEST_ID_HEADER } from "@/lib/request-log/request-id";

/** SPEC §6: every error code and its status. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unprocessable_entity: 422,
  rate_limit_exceeded: 429,
  internal_server_error: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function docUrl(code: ErrorCode): string {
  return `https://codeqr.io/docs/api-reference/errors#${code.replaceAll("_", "-")}`;
}

/**
 * The SPEC §6 body and headers for an error; 401s carry `WWW-Authenticate: Bearer`. With the request's id (SPEC
 * §11) the body names it as `error.request_id` beside the `X-Request-Id` header, for the caller to quote.
 */
export function apiErrorResponse(
  error: ApiError,
  extraHeaders: Record<string, string> = {},
  requestId?: string,
): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...extraHeaders, ...error.headers };
  if (error.code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="api"';
  if (requestId) headers[REQUEST_ID_HEADER] = requestId;
  const body = { code: error.code, message: error.message, doc_url: docUrl(error.code) };
  return Response.json(
    { error: requestId ? { ...body, request_id: requestId } : body },
    { status: error.status, headers },
  );
}

/** Turns a zod failure into a 422 whose message names the field. */
export function validationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".");
  const message = issue
    ? field
      ? `Invalid '${field}': ${issue.message}`
      : issue.message
    : "Invalid request.";
  return new ApiError("unprocessable_entity", message);
}

/** Anything a handler throws, as a response: known errors as themselves, the rest as a bare 500. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return validationError(error);
  return new ApiError("internal_server_error", "An unexpected error occurred. Please try again.");
}
