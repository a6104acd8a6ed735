import { Badge } from "@/components/ui/badge";
import {
  stackedTable as stacked,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { cn } from "@/lib/utils";
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
    // Below 48rem each field is a card (name, type, … stacked), so nothing scrolls sideways on a phone.
    <Table className={stacked.table}>
      <caption className="sr-only">{caption}</caption>
      <TableHeader className={stacked.header}>
        <TableRow>
          <TableHead>Name</TableHead>
          {showLocation ? <TableHead>In</TableHead> : null}
          <TableHead>Type</TableHead>
          <TableHead>Required</TableHead>
          <TableHead>Description</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody className={stacked.body}>
        {fields.map((field) => (
          <TableRow key={`${field.location ?? ""}:${field.name}`} className={stacked.row}>
            <TableCell data-label="Name" className={cn(stacked.cell, "align-top font-mono text-xs")}>
              {/* One child: a stacked cell is a two-column grid (its label, then this). */}
              <span className="break-all">
                {field.name}
                {field.deprecated ? (
                  <Badge variant="outline" className="ml-2">
                    deprecated
                  </Badge>
                ) : null}
              </span>
            </TableCell>
            {showLocation ? (
              <TableCell
                data-label="In"
                className={cn(stacked.cell, "align-top text-muted-foreground text-xs")}
              >
                {field.location}
              </TableCell>
            ) : null}
            <TableCell
              data-label="Type"
              className={cn(
                stacked.cell,
                "whitespace-normal break-words align-top font-mono text-xs md:max-w-64",
              )}
            >
              {field.type}
            </TableCell>
            <TableCell data-label="Required" className={cn(stacked.cell, "align-top text-xs")}>
              {field.required ? "Yes" : "No"}
            </TableCell>
            <TableCell
              data-label="Description"
              className={cn(
                stacked.cell,
                "whitespace-normal align-top text-muted-foreground text-xs md:min-w-64",
              )}
            >
              <span>{field.description ? <InlineCode text={field.description} /> : "—"}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
