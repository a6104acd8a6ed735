"use client";

import { SearchIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { DEFAULT_KEY_LIST_VIEW, type KeyListView, type PermissionFilter } from "@/lib/api-keys/key-list-view";
import { PRESET_LABELS, PRESETS } from "@/lib/api-keys/permissions";

export type OwnerOption = { id: string; name: string };

type KeysToolbarProps = {
  view: KeyListView;
  onChange: (change: Partial<KeyListView>) => void;
  /** The people (not machine users, not the viewer) who own a listed key. */
  people: OwnerOption[];
  filtered: boolean;
};

/** Resets the search and the filters, keeping the status tab and the sort. */
export function ClearFiltersButton({ onChange }: { onChange: KeysToolbarProps["onChange"] }) {
  const { q, owner, permissions } = DEFAULT_KEY_LIST_VIEW;
  return (
    <Button variant="ghost" onClick={() => onChange({ q, owner, permissions })}>
      <XIcon aria-hidden />
      Clear filters
    </Button>
  );
}

/** Search over name, display form and key id; Owner and Permissions filters. */
export function KeysToolbar({ view, onChange, people, filtered }: KeysToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="relative min-w-0 flex-1 basis-56">
        <SearchIcon
          aria-hidden
          className="-translate-y-1/2 pointer-events-none absolute top-1/2 left-2.5 size-4 text-muted-foreground"
        />
        <Input
          type="search"
          aria-label="Search keys"
          placeholder="Search by name, key or ID"
          className="pl-8"
          value={view.q}
          onChange={(event) => onChange({ q: event.target.value })}
        />
      </div>
      <Select value={view.owner} onValueChange={(owner) => onChange({ owner })}>
        <SelectTrigger aria-label="Owner" className="min-w-0 flex-1 basis-36 sm:flex-none">
          <SelectValue placeholder="Everyone" />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">Everyone</SelectItem>
          <SelectItem value="me">You</SelectItem>
          <SelectItem value="machine">Machine users</SelectItem>
          {people.length > 0 ? <SelectSeparator /> : null}
          {people.map((person) => (
            <SelectItem key={person.id} value={person.id}>
              {person.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select
        value={view.permissions}
        onValueChange={(permissions) => onChange({ permissions: permissions as PermissionFilter })}
      >
        <SelectTrigger aria-label="Permissions" className="min-w-0 flex-1 basis-36 sm:flex-none">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="any">Any permissions</SelectItem>
          {PRESETS.map((preset) => (
            <SelectItem key={preset} value={preset}>
              {PRESET_LABELS[preset]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {filtered ? <ClearFiltersButton onChange={onChange} /> : null}
    </div>
  );
}
