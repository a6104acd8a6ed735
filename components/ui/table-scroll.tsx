"use client";

import * as React from "react";

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

/**
 * A table's horizontal scroll container. While its content is wider than it, it is a labelled, focusable region,
 * so keyboard users can scroll it (WCAG 2.1.1); otherwise it is a plain box, out of the tab order.
 */
function TableScrollContainer({
  label,
  labelledBy,
  className,
  children,
}: {
  label: string;
  /** The table's own aria-labelledby, which names the region too. */
  labelledBy?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const ref = React.useRef<HTMLDivElement>(null);
  const overflowing = useHorizontalOverflow(ref);
  return (
    <div
      ref={ref}
      data-slot="table-container"
      data-overflowing={overflowing || undefined}
      className={cn(
        "relative w-full overflow-x-auto rounded-[inherit] outline-none",
        "focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
      {...(overflowing && {
        tabIndex: 0,
        role: "region",
        ...(labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": `${label} (scrolls sideways)` }),
      })}
    >
      {children}
    </div>
  );
}

export { TableScrollContainer, useHorizontalOverflow };
