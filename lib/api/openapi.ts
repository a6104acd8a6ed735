// The OpenAPI 3.1 document of this API, assembled from the route table, the route schemas and their operations.
import packageJson from "@/package.json";
import { INPUT_COMPONENTS, OUTPUT_COMPONENTS } from "./openapi-components";
import { componentSchemas } from "./openapi-json-schema";
import { buildOperation, headOperation, type OpenApiPathItem } from "./openapi-operations";
import { API_ROUTES, allowedMethods, type RouteId, routeOf } from "./routes";

/** The routes in the order the table lists them (ROUTES is sorted for matching). */
const TABLE_ORDER = (Object.keys(API_ROUTES) as RouteId[]).map((id) => routeOf(id));

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** The OpenAPI 3.1 document of this API, built from the route table and its zod schemas; `serverUrl` has no `/api`. */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, OpenApiPathItem> = {};
  for (const route of TABLE_ORDER) {
    const relative = route.path.replace(/^\/api(?=\/)/, "");
    const allowed = allowedMethods(route.path).join(", ");
    paths[relative] = {
      description: `Answers ${allowed}. Any other method is a 405 \`method_not_allowed\` whose \`Allow\` header lists these.`,
      ...paths[relative],
      [route.method.toLowerCase()]: buildOperation(route),
    };
  }
  for (const item of Object.values(paths)) if (item.get) item.head = headOperation(item.get);
  const header = (description: string, type = "integer") => ({ description, schema: { type } });
  return {
    openapi: "3.1.0" as const,
    info: {
      title: "CodeQR API",
      version: packageJson.version || "1.0.0",
      description: [
        "Links, tags, domains and click analytics of one project.",
        "Send a secret API key as `Authorization: Bearer codeqr_…`; the project comes from the key.",
        "Each key carries permissions (`links.read`, `links.write`, `tags.read`, `tags.write`, `domains.read`,",
        "`domains.write`, `analytics.read`); a route refuses a key without its permission with 403, and",
        "`x-required-permission` names it. Click tracking takes the project's publishable key (`codeqr_pk_…`).",
      ].join(" "),
    },
    servers: [{ url: `${serverUrl.replace(/\/+$/, "")}/api` }],
    tags: [...new Set(TABLE_ORDER.map((route) => route.spec.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: {
        ...componentSchemas(OUTPUT_COMPONENTS, "output"),
        ...componentSchemas(INPUT_COMPONENTS, "input"),
      },
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "codeqr_…",
          description: "A secret API key of the project, with the permissions the route requires.",
        },
        publishableKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "codeqr_pk_…",
          description: "The project's publishable key; safe in browsers, accepted only by click tracking.",
        },
      },
      headers: {
        "X-RateLimit-Limit": header("Requests allowed per window for this key."),
        "X-RateLimit-Remaining": header("Requests left in the current window."),
        "X-RateLimit-Reset": header("When the window resets, in epoch seconds."),
        "Retry-After": header("Seconds to wait before retrying."),
        "WWW-Authenticate": header("Always `Bearer`.", "string"),
        Allow: header("The methods this path answers.", "string"),
      },
      responses: {
        MethodNotAllowed: {
          description: "The path does not answer this method.",
          headers: { Allow: { $ref: "#/components/headers/Allow" } },
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
  };
}
