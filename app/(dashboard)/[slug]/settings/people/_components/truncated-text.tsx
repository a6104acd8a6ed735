"use client";

import { useEffect, useRef, useState } from "react";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/utils";

/**
 * One line of text cut with an ellipsis when it does not fit; only then it can take focus and shows in
 * full in a tooltip on hover and focus (a long name or email in a narrow table).
 */
export function TruncatedText({ text, className }: { text: string; className?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setCut(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <Tooltip open={cut && open} onOpenChange={setOpen}>
      <TooltipTrigger asChild>
        <span ref={ref} tabIndex={cut ? 0 : undefined} className={cn("block min-w-0 truncate", className)}>
          {text}
        </span>
      </TooltipTrigger>
      <TooltipContent className="max-w-[calc(100vw-2rem)] break-all">{text}</TooltipContent>
    </Tooltip>
  );
}
