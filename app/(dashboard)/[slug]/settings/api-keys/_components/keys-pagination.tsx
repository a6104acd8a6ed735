"use client";

import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

type KeysPaginationProps = {
  from: number;
  to: number;
  total: number;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
};

/** "Showing 1–20 of 57" with Previous and Next. */
export function KeysPagination({ from, to, total, page, pageCount, onPage }: KeysPaginationProps) {
  return (
    <nav aria-label="Pages of API keys" className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-muted-foreground text-sm tabular-nums" aria-live="polite">
        Showing {from}–{to} of {total}
      </p>
      {pageCount > 1 ? (
        <div className="flex gap-2">
          <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            <ChevronLeftIcon aria-hidden />
            Previous
          </Button>
          <Button variant="outline" size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
            Next
            <ChevronRightIcon aria-hidden />
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
