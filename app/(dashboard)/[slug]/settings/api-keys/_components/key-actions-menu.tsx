"use client";

import { EllipsisIcon, PencilIcon, RefreshCwIcon, Trash2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type KeyAction = "edit" | "roll" | "revoke";

/** The "Actions for NAME" menu of one row: Edit, Roll, Revoke. */
export function KeyActionsMenu({
  keyName,
  onSelect,
}: {
  keyName: string;
  onSelect: (action: KeyAction) => void;
}) {
  return (
    // Not modal: the dialogs it opens manage focus and pointer events themselves.
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Actions for ${keyName}`}>
          <EllipsisIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => onSelect("edit")}>
          <PencilIcon aria-hidden /> Edit
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onSelect("roll")}>
          <RefreshCwIcon aria-hidden /> Roll
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={() => onSelect("revoke")}>
          <Trash2Icon aria-hidden /> Revoke
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
