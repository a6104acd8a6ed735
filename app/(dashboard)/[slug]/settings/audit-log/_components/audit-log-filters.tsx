"use client";

import { XIcon } from "lucide-react";
import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { AUDIT_ACTION_GROUPS, SYSTEM_ACTOR } from "@/lib/audit-action-groups";
import { AUDIT_ACTION_LABELS } from "@/lib/audit-actions";
import { auditLogSearchParams } from "../search-params";

const ALL = "all";

type Props = { actors: { id: string; name: string }[]; hasSystem: boolean };

/** Action and Actor filters, kept in the URL so a view can be shared and survives reload. */
export function AuditLogFilters({ actors, hasSystem }: Props) {
  const [pending, startTransition] = useTransition();
  // Not shallow: the server page reads the same parameters and loads the matching entries.
  const [{ action, actor }, setParams] = useQueryStates(auditLogSearchParams, {
    shallow: false,
    startTransition,
  });
  const set = (next: Partial<{ action: typeof action; actor: string | null }>) =>
    setParams({ ...next, page: null });

  return (
    <div className="flex flex-wrap items-end gap-3" aria-busy={pending}>
      <div className="grid min-w-0 gap-1.5 max-sm:w-full">
        <Label htmlFor="audit-action">Action</Label>
        <Select
          value={action ?? ALL}
          onValueChange={(value) => set({ action: value === ALL ? null : (value as typeof action) })}
        >
          <SelectTrigger id="audit-action" className="w-56 max-sm:w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All actions</SelectItem>
            {AUDIT_ACTION_GROUPS.map((group) => (
              <SelectGroup key={group.label}>
                <SelectSeparator />
                <SelectLabel>{group.label}</SelectLabel>
                {group.actions.map((value) => (
                  <SelectItem key={value} value={value}>
                    {AUDIT_ACTION_LABELS[value]}
                  </SelectItem>
                ))}
              </SelectGroup>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid min-w-0 gap-1.5 max-sm:w-full">
        <Label htmlFor="audit-actor">Actor</Label>
        <Select value={actor ?? ALL} onValueChange={(value) => set({ actor: value === ALL ? null : value })}>
          <SelectTrigger id="audit-actor" className="w-48 max-sm:w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>Everyone</SelectItem>
            {actors.map((person) => (
              <SelectItem key={person.id} value={person.id}>
                {person.name}
              </SelectItem>
            ))}
            {hasSystem ? <SelectItem value={SYSTEM_ACTOR}>System</SelectItem> : null}
          </SelectContent>
        </Select>
      </div>
      {action || actor ? (
        <Button variant="ghost" onClick={() => set({ action: null, actor: null })} disabled={pending}>
          <XIcon aria-hidden="true" />
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
