"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

type CopyButtonProps = {
  value: string;
  /** What `value` is, for the failure toast: "Select the key and copy it yourself." */
  subject?: string;
  /** "sm" inside table rows. */
  size?: "default" | "sm";
};

/**
 * Copies `value` to the clipboard; the label then reads "Copied". On failure the toast says so without
 * repeating the value (it may be a secret).
 */
export function CopyButton({ value, subject = "key", size = "default" }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      toast.error(`Could not copy. Select the ${subject} and copy it yourself.`);
    }
  }

  return (
    <Button type="button" variant="outline" size={size} onClick={copy}>
      {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
      {copied ? "Copied" : "Copy"}
    </Button>
  );
}
