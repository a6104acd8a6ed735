"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

type CopyButtonProps = {
  value: string;
  /** What `value` is, for the failure toast: "Select the key and copy it yourself." */
  subject?: string;
  /** Completes the accessible name when "Copy" alone is ambiguous: "API key" → "Copy API key". */
  target?: string;
  /** "sm" inside table rows. */
  size?: "default" | "sm";
  /** Runs after a successful copy (e.g. so a dialog knows the secret was taken). */
  onCopied?: () => void;
};

/**
 * Copies `value` to the clipboard; the label then reads "Copied". On failure the toast says so without
 * repeating the value (it may be a secret).
 */
export function CopyButton({ value, subject = "key", target, size = "default", onCopied }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      onCopied?.();
    } catch {
      toast.error(`Could not copy. Select the ${subject} and copy it yourself.`);
    }
  }

  return (
    <Button type="button" variant="outline" size={size} onClick={copy} className="shrink-0">
      {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
      {copied ? "Copied" : "Copy"}
      {/* Hidden text, not aria-label: the name then starts with the visible word, and no field's label matches it. */}
      {target && !copied ? <span className="sr-only"> {target}</span> : null}
    </Button>
  );
}
