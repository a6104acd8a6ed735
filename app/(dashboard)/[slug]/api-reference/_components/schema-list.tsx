import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { OpenApiDocument } from "@/lib/api/openapi";
import { FieldsTable } from "./fields-table";
import { fieldsOf } from "./openapi-view";

/** The named schemas that requests and responses refer to (Link, Tag, Domain, Error, …). */
export function SchemaList({ doc }: { doc: OpenApiDocument }) {
  return (
    <section id="schemas" aria-labelledby="schemas-heading" className="grid scroll-mt-6 gap-4">
      <h2 id="schemas-heading" className="font-semibold text-xl">
        Schemas
      </h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <Card key={name} id={`schema-${name}`} className="scroll-mt-6 gap-4">
          <CardHeader>
            <CardTitle>
              <h3 className="font-mono">{name}</h3>
            </CardTitle>
            {schema.description ? <CardDescription>{schema.description}</CardDescription> : null}
          </CardHeader>
          <CardContent>
            <FieldsTable fields={fieldsOf(doc, schema)} caption={`Fields of ${name}`} />
          </CardContent>
        </Card>
      ))}
    </section>
  );
}
