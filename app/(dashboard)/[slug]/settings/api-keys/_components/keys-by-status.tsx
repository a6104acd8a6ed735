"use client";

import { SearchXIcon } from "lucide-react";
import { useParams } from "next/navigation";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { ApiKeyListItem } from "@/db/queries/api-keys";
import {
  applyKeyListView,
  isFiltered,
  KEY_VIEW_STATUSES,
  type KeyViewStatus,
} from "@/lib/api-keys/key-list-view";
import { ApiKeysTable } from "./api-keys-table";
import type { KeyTableContext } from "./key-columns";
import { KeysPagination } from "./keys-pagination";
import { ClearFiltersButton, KeysToolbar, type OwnerOption } from "./keys-toolbar";
import { useNow } from "./time-text";
import { useKeyListView } from "./use-key-list-view";

const LABELS: Record<KeyViewStatus, string> = {
  active: "Active",
  expiring: "Expiring soon",
  expired: "Expired",
  revoked: "Revoked",
};

type KeysByStatusProps = Omit<KeyTableContext, "slug"> & { keys: ApiKeyListItem[] };

/** Each person owning a listed key, once, by name; the viewer is "You" and machine users have their own option. */
function peopleOf(keys: ApiKeyListItem[], currentUserId: string): OwnerOption[] {
  const people = new Map<string, OwnerOption>();
  for (const { owner } of keys)
    if (!owner.isMachine && owner.id !== currentUserId)
      people.set(owner.id, { id: owner.id, name: owner.name });
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The keys under the view in the URL: search, filters, status tabs with counts, sort and pages. */
export function KeysByStatus({ keys, ...context }: KeysByStatusProps) {
  const { slug } = useParams<{ slug: string }>();
  const [view, setView] = useKeyListView();
  // Before hydration the server's clock stands in; the tick corrects it within seconds.
  const now = useNow() ?? Date.now();
  const result = applyKeyListView(keys, view, { now, currentUserId: context.currentUserId });
  const filtered = isFiltered(view);

  const body =
    result.total === 0 ? (
      filtered ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-8 text-center">
          <SearchXIcon aria-hidden className="size-6 text-muted-foreground" />
          <p className="font-medium">No keys match your search and filters</p>
          <ClearFiltersButton onChange={setView} />
        </div>
      ) : (
        <p className="py-6 text-center text-muted-foreground text-sm">
          No {LABELS[view.status].toLowerCase()} keys.
        </p>
      )
    ) : (
      <>
        <ApiKeysTable
          keys={result.rows}
          sort={view.sort}
          onSort={(sort) => setView({ sort })}
          slug={slug}
          {...context}
        />
        <KeysPagination {...result} onPage={(page) => setView({ page })} />
      </>
    );

  return (
    <div className="grid min-w-0 gap-4">
      <KeysToolbar
        view={view}
        onChange={setView}
        people={peopleOf(keys, context.currentUserId)}
        filtered={filtered}
      />
      <Tabs
        value={view.status}
        onValueChange={(value) => setView({ status: value as KeyViewStatus })}
        className="min-w-0 gap-4"
      >
        {/* The tabs wrap rather than widen the page on a phone. */}
        <TabsList aria-label="Key status" className="h-auto max-w-full flex-wrap justify-start">
          {KEY_VIEW_STATUSES.map((value) => (
            <TabsTrigger key={value} value={value} className="h-8 flex-none">
              {LABELS[value]}
              <span className="text-muted-foreground text-xs tabular-nums">{result.counts[value]}</span>
            </TabsTrigger>
          ))}
        </TabsList>
        {KEY_VIEW_STATUSES.map((value) => (
          <TabsContent key={value} value={value} className="grid min-w-0 gap-4">
            {value === view.status ? body : null}
          </TabsContent>
        ))}
      </Tabs>
    </div>
  );
}
