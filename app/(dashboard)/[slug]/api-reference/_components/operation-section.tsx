import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OpenApiDocument } from "@/lib/api/openapi";
import { FieldsTable } from "./fields-table";
import { InlineCode } from "./inline-code";
import { MethodBadge } from "./method-badge";
import {
  type BodyView,
  bodyView,
  describeSchema,
  type OperationView,
  SHARED_PARAMETERS,
  typeLabel,
} from "./openapi-view";

type OperationSectionProps = { doc: OpenApiDocument; view: OperationView };

/** A named schema with more fields than this (Link has about fifty) is listed once, under Schemas. */
const INLINE_FIELD_LIMIT = 16;

/** One operation: method and path, who may call it, what it takes, what it answers and how it refuses. */
export function OperationSection({ doc, view: { method, path, operation } }: OperationSectionProps) {
  const permission = operation["x-required-permission"];
  const scheme = Object.keys(operation.security[0] ?? {})[0];
  const access = !scheme
    ? "public"
    : scheme === "publishableKey"
      ? "publishable key"
      : (permission ?? "any secret key");
  const parameters = operation.parameters
    .filter((parameter) => !SHARED_PARAMETERS.includes(parameter.name))
    .map((parameter) => ({
      name: parameter.name,
      location: parameter.in,
      type: typeLabel(parameter.schema),
      required: parameter.required,
      deprecated: parameter.deprecated,
      description: [parameter.description, describeSchema({ ...parameter.schema, description: undefined })]
        .filter(Boolean)
        .join(" "),
    }));
  const requestSchema = operation.requestBody?.content["application/json"].schema;
  const responses = Object.entries(operation.responses);
  const [successStatus = "200", success] = responses.find(([status]) => status.startsWith("2")) ?? [];
  const successSchema = success?.content?.["application/json"]?.schema;
  const errors = responses.filter(([status]) => Number(status) >= 400);
  return (
    <Card id={operation.operationId} className="scroll-mt-6 gap-4">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-3">
          <MethodBadge method={method} />
          <code className="break-all font-mono text-sm">{path}</code>
          <Badge variant="secondary" className="ml-auto font-mono" title="Required permission">
            <span className="sr-only">Requires: </span>
            {access}
          </Badge>
        </CardTitle>
        <CardDescription>
          <span className="font-medium text-foreground">{operation.summary}.</span>{" "}
          <InlineCode text={operation.description} />
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {parameters.length > 0 ? (
          <Section title="Parameters">
            <FieldsTable fields={parameters} caption={`Parameters of ${operation.operationId}`} />
          </Section>
        ) : null}
        {requestSchema ? (
          <Section title={`Request body${operation.requestBody?.required ? "" : " (optional)"}`}>
            <BodySummary
              body={bodyView(doc, requestSchema)}
              caption={`Request body of ${operation.operationId}`}
            />
          </Section>
        ) : null}
        <Section title={`Response ${successStatus}`}>
          {successSchema ? (
            <BodySummary
              body={bodyView(doc, successSchema)}
              caption={`Response of ${operation.operationId}`}
            />
          ) : (
            <p className="text-sm">
              {success?.description} ({Object.keys(success?.content ?? {}).join(" or ")})
            </p>
          )}
        </Section>
        <Section title="Errors">
          <ul className="flex flex-wrap gap-2">
            {errors.map(([status, response]) => (
              <li key={status}>
                <Badge variant="outline" title={response.description}>
                  {status} {errorCode(response.content?.["application/json"]?.example)}
                </Badge>
              </li>
            ))}
          </ul>
        </Section>
      </CardContent>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-2">
      <h4 className="font-medium text-sm">{title}</h4>
      {children}
    </section>
  );
}

function BodySummary({ body, caption }: { body: BodyView; caption: string }) {
  return (
    <div className="grid gap-2">
      <p className="font-mono text-xs">
        {body.parts.map((part, index) => (
          <span key={part.label}>
            {index > 0 ? " | " : null}
            {part.ref ? (
              <a href={`#schema-${part.ref}`} className="underline underline-offset-4">
                {part.label}
              </a>
            ) : (
              part.label
            )}
          </span>
        ))}
      </p>
      {body.fields.length > INLINE_FIELD_LIMIT && body.parts[0]?.ref ? (
        <p className="text-muted-foreground text-sm">
          {body.fields.length} fields, listed under{" "}
          <a href={`#schema-${body.parts[0].ref}`} className="underline underline-offset-4">
            Schemas → {body.parts[0].ref}
          </a>
          .
        </p>
      ) : body.fields.length > 0 ? (
        <FieldsTable fields={body.fields} caption={caption} />
      ) : null}
    </div>
  );
}

function errorCode(example: unknown): string {
  const code = (example as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === "string" ? code : "";
}
