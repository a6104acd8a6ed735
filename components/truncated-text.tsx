"use client";

import { type ReactElement, useEffect, useRef, useState } from "react";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

type TruncatedTextProps = {
  text: string;
  className?: string;
  /** An element to truncate instead of a plain span (a link, say); it must take `className` and a ref. */
  children?: ReactElement;
};

/**
 * One line cut with an ellipsis; the full text shows in a tooltip on hover and on keyboard focus, but only
 * when something was actually cut (a plain span becomes focusable then, so keyboard users can reach it).
 */
export function TruncatedText({ text, className, children }: TruncatedTextProps) {
  // Typed as the trigger's default element; only its sizes are read, whatever element it ends up on.
  const ref = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [truncated, setTruncated] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTruncated(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // max-w-full: as a grid or flex item sized to its content it would otherwise never be cut.
  const classes = cn("block min-w-0 max-w-full truncate", className);
  return (
    <Tooltip open={open && truncated} onOpenChange={setOpen}>
      {/* asChild merges the class names into the child. */}
      <TooltipTrigger ref={ref} asChild className={classes}>
        {children ?? <span tabIndex={truncated ? 0 : undefined}>{text}</span>}
      </TooltipTrigger>
      <TooltipContent className="max-w-[min(24rem,calc(100vw-2rem))] break-words">{text}</TooltipContent>
    </Tooltip>
  );
}
