"use client";

import * as React from "react";

import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

/**
 * Whether the element's content is wider than the element, kept current as either resizes: a scroll region is
 * focusable, and a truncated text shows its tooltip, only while this is true.
 */
function useHorizontalOverflow<T extends HTMLElement>(ref: React.RefObject<T | null>): boolean {
  const [overflowing, setOverflowing] = React.useState(false);
  React.useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return overflowing;
}

type TableProps = React.ComponentProps<"table"> & {
  /** Classes for the scrolling container around the table. */
  containerClassName?: string;
};

/**
 * A table in a horizontal scroll container. While the table is wider than its container the container is a
 * labelled, focusable region, so keyboard users can scroll it (WCAG 2.1.1); otherwise it is a plain box.
 */
function Table({ className, containerClassName, ...props }: TableProps) {
  const ref = React.useRef<HTMLDivElement>(null);
  const overflowing = useHorizontalOverflow(ref);
  const label = props["aria-label"] ?? "Table";
  return (
    <div
      ref={ref}
      data-slot="table-container"
      data-overflowing={overflowing || undefined}
      className={cn(
        "relative w-full overflow-x-auto rounded-[inherit] outline-none",
        "focus-visible:ring-[3px] focus-visible:ring-ring/50",
        containerClassName,
      )}
      {...(overflowing && { tabIndex: 0, role: "region", "aria-label": `${label} (scrolls sideways)` })}
    >
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

/**
 * Text cut to one line with an ellipsis; while it is cut, it can be focused and shows in full in a tooltip on
 * hover and focus.
 */
function TableTruncate({ children, className }: { children: string; className?: string }) {
  const ref = React.useRef<HTMLSpanElement>(null);
  const truncated = useHorizontalOverflow(ref);
  const text = (
    <span
      ref={ref}
      data-slot="table-truncate"
      className={cn(
        "block min-w-0 truncate rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
      {...(truncated && { tabIndex: 0 })}
    >
      {children}
    </span>
  );
  if (!truncated) return text;
  return (
    <Tooltip>
      <TooltipTrigger asChild>{text}</TooltipTrigger>
      <TooltipContent className="max-w-sm break-words">{children}</TooltipContent>
    </Tooltip>
  );
}

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
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  TableTruncate,
  useHorizontalOverflow,
};
