import type * as React from "react";

import { cn } from "@/lib/utils";
import { TableScrollContainer, useHorizontalOverflow } from "./table-scroll";

type TableProps = React.ComponentProps<"table"> & {
  /** Classes for the scrolling container around the table. */
  containerClassName?: string;
};

/**
 * A table in a horizontal scroll container that, while the table is wider than it, is a labelled, focusable
 * region (TableScrollContainer); this file stays server-safe, the measuring lives in table-scroll.tsx.
 */
function Table({ className, containerClassName, ...props }: TableProps) {
  return (
    <TableScrollContainer
      label={props["aria-label"] ?? "Table"}
      labelledBy={props["aria-labelledby"]}
      className={containerClassName}
    >
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </TableScrollContainer>
  );
}

/**
 * Classes that turn a table into a list of cards below 48rem: the header row is hidden and each cell is led by
 * its column's name, taken from the cell's `data-label`. The roles stay those of a table.
 */
const stackedTable = {
  table: "max-md:block",
  header: "max-md:hidden",
  body: "max-md:grid max-md:gap-3 max-md:[&_tr:last-child]:border",
  row: "max-md:grid max-md:gap-1.5 max-md:rounded-lg max-md:border max-md:p-3 max-md:hover:bg-transparent",
  cell: cn(
    "max-md:grid max-md:grid-cols-[5.5rem_minmax(0,1fr)] max-md:items-baseline max-md:gap-3 max-md:p-0",
    "max-md:whitespace-normal max-md:break-words max-md:before:font-normal max-md:before:font-sans",
    "max-md:before:text-muted-foreground max-md:before:text-xs max-md:before:content-[attr(data-label)]",
  ),
} as const;

function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead data-slot="table-header" className={cn("[&_tr]:border-b", className)} {...props} />;
}

function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody data-slot="table-body" className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

function TableFooter({ className, ...props }: React.ComponentProps<"tfoot">) {
  return (
    <tfoot
      data-slot="table-footer"
      className={cn("border-t bg-muted/50 font-medium [&>tr]:last:border-b-0", className)}
      {...props}
    />
  );
}

function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return (
    <tr
      data-slot="table-row"
      className={cn("border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted", className)}
      {...props}
    />
  );
}

function TableHead({ className, ...props }: React.ComponentProps<"th">) {
  return (
    <th
      data-slot="table-head"
      className={cn(
        "h-10 whitespace-nowrap px-2 text-left align-middle font-medium text-foreground",
        "[&:has([role=checkbox])]:pr-0 [&>[role=checkbox]]:translate-y-[2px]",
        className,
      )}
      {...props}
    />
  );
}

function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return (
    <td
      data-slot="table-cell"
      className={cn(
        "whitespace-nowrap p-2 align-middle [&:has([role=checkbox])]:pr-0 [&>[role=checkbox]]:translate-y-[2px]",
        className,
      )}
      {...props}
    />
  );
}

function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return (
    <caption
      data-slot="table-caption"
      className={cn("mt-4 text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}

export {
  stackedTable,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  useHorizontalOverflow,
};
