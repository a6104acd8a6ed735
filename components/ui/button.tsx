"use client";

import type { VariantProps } from "class-variance-authority";
import { Loader2Icon } from "lucide-react";
import { Slot } from "radix-ui";
import type * as React from "react";

import { buttonVariants } from "@/components/ui/button-variants";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/utils";

type ButtonProps = React.ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child element instead of a `<button>`, merging props onto it. */
    asChild?: boolean;
    /** An action is running: disabled, busy for assistive technology, with a spinner before the label. */
    pending?: boolean;
  };

function Button({
  className,
  variant,
  size,
  asChild = false,
  pending = false,
  disabled,
  children,
  ...props
}: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  const hydrated = useHydrated();
  return (
    <Comp
      data-slot="button"
      data-variant={variant ?? "default"}
      className={cn(buttonVariants({ variant, size }), className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      // Until React has attached its handlers a press does nothing: say so, without dimming the button (a link
      // rendered through asChild works before hydration).
      aria-disabled={(!hydrated && !asChild) || undefined}
      {...props}
    >
      {/* Slot takes exactly one child, so a button rendered as its child shows no spinner. */}
      {pending && !asChild ? <Loader2Icon className="animate-spin" aria-hidden data-slot="spinner" /> : null}
      {children}
    </Comp>
  );
}

export { Button, type ButtonProps };
