"use client";

import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import { FIRST_DIRECTION, type KeySort, type KeySortColumn } from "@/lib/api-keys/key-list-view";
import { cn } from "@/lib/utils";
import { KeyCardList } from "./key-card-list";
import { COLUMN_CLASSES, type KeyTableContext, keyColumns, SORTABLE } from "./key-columns";

type ApiKeysTableProps = KeyTableContext & {
  /** One page of keys, already searched, filtered and sorted (lib/api-keys/key-list-view). */
  keys: ApiKeyListItem[];
  sort: KeySort;
  onSort: (sort: KeySort) => void;
};

/** A header that sorts by its column: first click in the column's natural direction, then the other way. */
function SortButton({ label, column, sort, onSort }: { label: string; column: KeySortColumn } & SortProps) {
  const [current, direction] = sort.split(".");
  const active = current === column;
  const next = active ? (direction === "asc" ? "desc" : "asc") : FIRST_DIRECTION[column];
  const Icon = active ? (direction === "asc" ? ArrowUpIcon : ArrowDownIcon) : ArrowUpDownIcon;
  return (
    <Button
      variant="ghost"
      size="sm"
      className="-ml-2 h-8 gap-1 px-2"
      onClick={() => onSort(`${column}.${next}`)}
    >
      {label}
      <Icon aria-hidden className={cn("size-3.5", active ? undefined : "text-muted-foreground")} />
    </Button>
  );
}

type SortProps = { sort: KeySort; onSort: (sort: KeySort) => void };

function ariaSort(column: KeySortColumn | undefined, sort: KeySort) {
  if (!column) return undefined;
  const [current, direction] = sort.split(".");
  if (current !== column) return "none";
  return direction === "asc" ? "ascending" : "descending";
}

/**
 * The keys on @tanstack/react-table: a table from 1024 px, a card per key below; row actions only on the
 * keys the viewer may manage.
 */
export function ApiKeysTable({ keys, sort, onSort, ...context }: ApiKeysTableProps) {
  const table = useReactTable({
    data: keys,
    columns: keyColumns(context),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (apiKey) => apiKey.id,
    // Searching, filtering, sorting and paging happen in key-list-view, from the URL.
    manualFiltering: true,
    manualSorting: true,
    manualPagination: true,
  });
  const rows = table.getRowModel().rows;
  return (
    <>
      <div className="hidden lg:block">
        <Table aria-label="API keys" className="table-fixed">
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const column = SORTABLE[header.id];
                  const label = header.column.columnDef.header;
                  return (
                    <TableHead
                      key={header.id}
                      aria-sort={ariaSort(column, sort)}
                      className={cn(
                        COLUMN_CLASSES[header.id],
                        header.id === "requests" && "whitespace-normal",
                      )}
                    >
                      {column && typeof label === "string" ? (
                        <SortButton label={label} column={column} sort={sort} onSort={onSort} />
                      ) : (
                        flexRender(label, header.getContext())
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-key-id={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={cn("align-top", COLUMN_CLASSES[cell.column.id])}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <KeyCardList rows={rows} context={context} />
    </>
  );
}

/** Placeholder rows while the list loads with nothing to show yet. */
export function ApiKeysTableSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading API keys" role="status" className="grid gap-3">
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} className="h-10 w-full" />
      ))}
    </div>
  );
}
