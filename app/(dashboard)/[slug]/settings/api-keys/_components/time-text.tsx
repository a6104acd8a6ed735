"use client";

import { useSyncExternalStore } from "react";
import { Badge } from "@/components/ui/badge";
import { expiresInLabel, expiryStatus } from "@/lib/api-keys/expiry-status";
import { formatDate, formatRelative } from "@/lib/format-time";

const TICK_MS = 15_000;

function subscribe(onTick: () => void) {
  const id = setInterval(onTick, TICK_MS);
  return () => clearInterval(id);
}

/**
 * The current time, rounded so it is stable between renders; null while server-rendering and hydrating,
 * so that the server's clock and time zone never disagree with the browser's.
 */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(Date.now() / TICK_MS) * TICK_MS,
    () => null,
  );
}

/** The viewer's time zone once hydrated; UTC before, as the server rendered it. */
function dateIn(date: Date, now: number | null, withTime: boolean): string {
  return formatDate(date, {
    timeStyle: withTime ? "short" : undefined,
    zone: now === null ? "utc" : "local",
  });
}

/** A date in the viewer's time zone (UTC until hydrated), with the time on hover or `withTime`. */
export function DateText({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const now = useNow();
  return (
    <time dateTime={date.toISOString()} title={dateIn(date, now, true)}>
      {dateIn(date, now, withTime)}
    </time>
  );
}

/** How long ago `date` was, or `fallback` when there is none. */
export function RelativeTime({ date, fallback = "Never" }: { date: Date | null; fallback?: string }) {
  const now = useNow();
  if (!date) return <span className="text-muted-foreground">{fallback}</span>;
  return (
    <time dateTime={date.toISOString()} title={dateIn(date, now, true)}>
      {/* `now` lags by up to a tick: what happened since must not read as still to come. */}
      {now === null ? dateIn(date, now, false) : formatRelative(date, Math.max(now, date.getTime()))}
    </time>
  );
}

/** "Never", or the expiry date with a badge once it is within a week ("Expires in N days") or past ("Expired"). */
export function ExpiryText({ expiresAt }: { expiresAt: Date | null }) {
  const now = useNow();
  if (!expiresAt) return <span className="text-muted-foreground">Never</span>;
  const status = now === null ? { kind: "later" as const } : expiryStatus(expiresAt, Date.now());
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <DateText date={expiresAt} />
      {status.kind === "expired" ? <Badge variant="destructive">Expired</Badge> : null}
      {status.kind === "soon" ? <Badge variant="outline">{expiresInLabel(status.days)}</Badge> : null}
    </span>
  );
}
