import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InlineCode } from "./inline-code";
import type { Field } from "./openapi-view";

type FieldsTableProps = {
  fields: (Field & { location?: string; deprecated?: boolean })[];
  /** What the rows are, for screen readers: "Parameters of createLink". */
  caption: string;
};

/** Name, type, required and description of each parameter or body field. */
export function FieldsTable({ fields, caption }: FieldsTableProps) {
  const showLocation = fields.some((field) => field.location);
  return (
    <Table>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          {showLocation ? <TableHead>In</TableHead> : null}
          <TableHead>Type</TableHead>
          <TableHead>Required</TableHead>
          <TableHead>Description</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={`${field.location ?? ""}:${field.name}`}>
            <TableCell className="align-top font-mono text-xs">
              {field.name}
              {field.deprecated ? (
                <Badge variant="outline" className="ml-2">
                  deprecated
                </Badge>
              ) : null}
            </TableCell>
            {showLocation ? (
              <TableCell className="align-top text-muted-foreground text-xs">{field.location}</TableCell>
            ) : null}
            <TableCell className="max-w-64 whitespace-normal break-words align-top font-mono text-xs">
              {field.type}
            </TableCell>
            <TableCell className="align-top text-xs">{field.required ? "Yes" : "No"}</TableCell>
            <TableCell className="min-w-64 whitespace-normal align-top text-muted-foreground text-xs">
              {field.description ? <InlineCode text={field.description} /> : "—"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
