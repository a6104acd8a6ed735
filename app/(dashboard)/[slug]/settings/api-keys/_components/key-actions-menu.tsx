"use client";

import { EllipsisIcon, PencilIcon, RefreshCwIcon, Trash2Icon } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type KeyAction = "edit" | "roll" | "revoke";

/** The "Actions for NAME" menu of one row: Edit, Roll, Revoke; `trigger` gets focus back from the dialog. */
export function KeyActionsMenu({
  keyName,
  onSelect,
}: {
  keyName: string;
  onSelect: (action: KeyAction, trigger: HTMLElement | null) => void;
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const select = (action: KeyAction) => () => onSelect(action, triggerRef.current);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef} variant="ghost" size="icon" aria-label={`Actions for ${keyName}`}>
          <EllipsisIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={select("edit")}>
          <PencilIcon aria-hidden /> Edit
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={select("roll")}>
          <RefreshCwIcon aria-hidden /> Roll
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={select("revoke")}>
          <Trash2Icon aria-hidden /> Revoke
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
