"use client";

import { useSyncExternalStore } from "react";

const TICK_MS = 15_000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];
const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });

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

function formatDate(date: Date, now: number | null, withTime = false): string {
  return date.toLocaleString("en-US", {
    dateStyle: "medium",
    timeStyle: withTime ? "short" : undefined,
    timeZone: now === null ? "UTC" : undefined,
  });
}

/** "3 minutes ago", "in 2 days"; "just now" within a minute. */
export function formatRelative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

/** A date in the viewer's time zone (UTC until hydrated), with the time on hover or `withTime`. */
export function DateText({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const now = useNow();
  return (
    <time dateTime={date.toISOString()} title={formatDate(date, now, true)}>
      {formatDate(date, now, withTime)}
    </time>
  );
}

/** How long ago (or until) `date`, or `fallback` when there is none. */
export function RelativeTime({ date, fallback = "Never" }: { date: Date | null; fallback?: string }) {
  const now = useNow();
  if (!date) return <span className="text-muted-foreground">{fallback}</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDate(date, now, true)}>
      {now === null ? formatDate(date, now) : formatRelative(date, now)}
    </time>
  );
}

/** "Never", the expiry date, or "Expired" once it has passed. */
export function ExpiryText({ expiresAt }: { expiresAt: Date | null }) {
  const now = useNow();
  if (!expiresAt) return <span className="text-muted-foreground">Never</span>;
  if (now !== null && expiresAt.getTime() <= Date.now()) {
    return (
      <time
        dateTime={expiresAt.toISOString()}
        title={formatDate(expiresAt, now, true)}
        className="text-destructive"
      >
        Expired
      </time>
    );
  }
  return <DateText date={expiresAt} />;
}
