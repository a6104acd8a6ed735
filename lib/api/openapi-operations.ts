// One OpenAPI operation per route of the table: its id, parameters, request body and responses.
import type { z } from "zod";
import type { Permission } from "@/lib/api-keys/permissions";
import { docUrl, ERROR_STATUS, type ErrorCode } from "./errors";
import { isAbsent, type JsonSchema, toJsonSchema } from "./openapi-json-schema";
import type { Route, RouteSpec } from "./routes";

export type OpenApiParameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  deprecated?: boolean;
  schema: JsonSchema;
};
export type OpenApiResponse = {
  description: string;
  headers?: Record<string, { $ref: string }>;
  content?: Record<string, { schema: JsonSchema; example?: unknown }>;
};
export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters: OpenApiParameter[];
  requestBody?: { required: boolean; content: { "application/json": { schema: JsonSchema } } };
  responses: Record<string, OpenApiResponse>;
  "x-required-permission": Permission | null;
};
/** One path of the document: its operations by lower-case method, and which methods it answers. */
export type OpenApiPathItem = { description?: string } & Partial<
  Record<"get" | "head" | "post" | "put" | "patch" | "delete", OpenApiOperation>
>;

const ERROR_TEXT: Record<ErrorCode, string> = {
  bad_request: "Malformed JSON or Authorization header.",
  unauthorized: "Missing, invalid, revoked or expired API key.",
  forbidden: "The key lacks the permission, is the wrong kind, or belongs to another project.",
  not_found: "No such resource in the key's project.",
  method_not_allowed: "The path does not support the method; `Allow` lists those it does.",
  conflict: "The slug, key, externalId or name is already taken.",
  payload_too_large: "The request body is larger than the endpoint takes.",
  unprocessable_entity: "Validation failed; the message names the field.",
  rate_limit_exceeded: "Over the key's rate limit, or too many failed attempts from this address.",
  internal_server_error: "Something unexpected went wrong.",
};

const PATH_PARAMETERS: Record<string, string> = {
  linkId: "The link's ID, or `ext_` followed by its externalId.",
};

const RATE_LIMIT_HEADERS = ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"];

/** The refusals a route can give: every key route can be malformed, unauthorised, forbidden or rate-limited. */
function errorCodesFor({ spec }: Route): ErrorCode[] {
  const keyed = spec.auth !== "public";
  const codes = new Set<ErrorCode>(keyed ? ["bad_request", "unauthorized", "forbidden"] : []);
  if (spec.params) codes.add("not_found");
  for (const code of spec.errors ?? []) codes.add(code);
  if (spec.body || spec.query) codes.add("unprocessable_entity");
  if (keyed) codes.add("rate_limit_exceeded");
  codes.add("internal_server_error");
  return Object.keys(ERROR_STATUS).filter((code): code is ErrorCode => codes.has(code as ErrorCode));
}

function accessText(spec: RouteSpec): string {
  if (spec.auth === "public") return "Public: no API key needed.";
  if (spec.auth === "publishable")
    return "Takes the project's publishable key (`codeqr_pk_…`); secret keys are refused.";
  return spec.permission
    ? `Requires a secret API key with the \`${spec.permission}\` permission.`
    : "Requires a valid secret API key; no particular permission.";
}

function queryParameters(schema: z.ZodType | undefined): {
  parameters: OpenApiParameter[];
  refused: string[];
} {
  const json = schema ? toJsonSchema(schema, "input") : {};
  const required = new Set(json.required ?? []);
  const parameters: OpenApiParameter[] = [];
  const refused: string[] = [];
  for (const [name, { description, ...property }] of Object.entries(json.properties ?? {})) {
    if (isAbsent(property)) refused.push(name);
    else
      parameters.push({
        name,
        in: "query",
        required: required.has(name),
        ...(description ? { description } : {}),
        ...(description?.startsWith("Deprecated") ? { deprecated: true } : {}),
        schema: property,
      });
  }
  return { parameters, refused };
}

function successResponse(spec: RouteSpec): OpenApiResponse {
  const keyed = spec.auth !== "public";
  const headers = keyed
    ? {
        headers: Object.fromEntries(
          RATE_LIMIT_HEADERS.map((h) => [h, { $ref: `#/components/headers/${h}` }]),
        ),
      }
    : {};
  if (spec.response === "image") {
    const image = (type: string) => ({ schema: { type: "string", contentMediaType: type } });
    return {
      description: "The QR code image.",
      content: { "image/png": image("image/png"), "image/svg+xml": image("image/svg+xml") },
    };
  }
  const schema = toJsonSchema(spec.response, "output");
  const description = schema.description ?? (spec.status === 201 ? "Created." : "OK.");
  return { description, ...headers, content: { "application/json": { schema } } };
}

const EXAMPLE_REQUEST_ID = "5f0c6f5e-8f7a-4b2e-9a51-3d2c1b0a9e87";

function errorResponse(code: ErrorCode): OpenApiResponse {
  const headers: Pick<OpenApiResponse, "headers"> =
    code === "unauthorized"
      ? { headers: { "WWW-Authenticate": { $ref: "#/components/headers/WWW-Authenticate" } } }
      : code === "rate_limit_exceeded"
        ? { headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" } } }
        : {};
  const example = {
    error: { code, message: ERROR_TEXT[code], doc_url: docUrl(code), request_id: EXAMPLE_REQUEST_ID },
  };
  const content = { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } };
  return { description: ERROR_TEXT[code], ...headers, content };
}

/** The operation of one route, as it stands under `paths` in the document. */
export function buildOperation(route: Route): OpenApiOperation {
  const { spec } = route;
  const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name = ""]) => ({
    name,
    in: "path" as const,
    required: true,
    description: PATH_PARAMETERS[name] ?? `The ${route.segments[1]?.replace(/s$/, "")}'s ${name}.`,
    schema: { type: "string" },
  }));
  const { parameters, refused } = queryParameters(spec.query);
  const projectParameters: OpenApiParameter[] =
    spec.auth === "public"
      ? []
      : [
          { name: "projectSlug", description: "When sent, must be the key's project slug (else 403)." },
          { name: "workspaceId", description: "When sent, must be the key's project ID (else 403)." },
        ].map((p) => ({ ...p, in: "query", required: false, schema: { type: "string" } }));
  const bodySchema = spec.body ?? spec.rawBody;
  const body = bodySchema && toJsonSchema(bodySchema, "input");
  const notes = refused.length
    ? ` Not supported (422 when sent): ${refused.map((n) => `\`${n}\``).join(", ")}.`
    : "";
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    description: accessText(spec) + notes,
    tags: [spec.tag],
    security:
      spec.auth === "public" ? [] : [{ [spec.auth === "secret" ? "bearerAuth" : "publishableKey"]: [] }],
    parameters: [...pathParameters, ...parameters, ...projectParameters],
    ...(body && {
      requestBody: {
        required: !bodySchema?.safeParse({}).success,
        content: { "application/json": { schema: body } },
      },
    }),
    responses: {
      [String(spec.status ?? 200)]: successResponse(spec),
      ...Object.fromEntries(
        errorCodesFor(route).map((code) => [String(ERROR_STATUS[code]), errorResponse(code)]),
      ),
    },
    "x-required-permission": spec.auth === "secret" ? spec.permission : null,
  };
}

/** HEAD of a GET route: the same checks, status and headers, no body (the proxy answers HEAD as the path's GET). */
export function headOperation(get: OpenApiOperation): OpenApiOperation {
  const responses = Object.fromEntries(
    Object.entries(get.responses).map(([status, { content: _, ...response }]) => [status, response]),
  );
  return {
    ...get,
    operationId: `${get.operationId}Head`,
    summary: `${get.summary} (headers only)`,
    description: `${get.description} Answers as GET does, without a body.`,
    responses,
  };
}
