"use client";

import { type RefObject, useLayoutEffect, useRef } from "react";

// Menus' own items are never a place to return to: they are gone once the menu closes.
const MENU = '[role="menu"], [role="menubar"], [role="listbox"]';
// Nor, as a last resort, anything inside a dialog: it may close together with the one being tracked.
const OVERLAY = `${MENU}, [role="dialog"], [role="alertdialog"]`;

/** The last control outside any overlay that had focus or opened a menu: where focus goes when nothing better is left. */
let lastTrigger: HTMLElement | null = null;
let listening = false;

function listen() {
  if (listening || typeof document === "undefined") return;
  listening = true;
  document.addEventListener(
    "focusin",
    (event) => {
      if (event.target instanceof HTMLElement && !event.target.closest(OVERLAY)) lastTrigger = event.target;
    },
    true,
  );
}

/** Called by menu triggers: a mouse press on one may not focus it (Radix prevents it), yet it opened what follows. */
export function rememberTrigger(element: HTMLElement | null) {
  listen();
  if (element) lastTrigger = element;
}

type Targets = { opener: HTMLElement | null; fallback: HTMLElement | null };

function focusable(element: HTMLElement | null): element is HTMLElement {
  return Boolean(
    element?.isConnected && !element.closest("[inert]") && !(element as HTMLButtonElement).disabled,
  );
}

function mainRegion(): HTMLElement | null {
  const main = document.querySelector<HTMLElement>("main");
  if (main && !main.hasAttribute("tabindex")) main.tabIndex = -1;
  return main;
}

/**
 * The element itself, or — when a re-render replaced it (a list refreshed after the dialog's action) — the
 * visible element of the same kind and accessible label that took its place.
 */
function current(element: HTMLElement | null): HTMLElement | null {
  if (!element || element.isConnected) return element;
  const label = element.getAttribute("aria-label");
  if (!label) return null;
  const candidates = document.querySelectorAll<HTMLElement>(
    `${element.tagName}[aria-label="${CSS.escape(label)}"]`,
  );
  return [...candidates].find((candidate) => candidate.getClientRects().length > 0) ?? null;
}

/** How long after a dialog closes the element it focused may still be replaced by a re-render. */
const SETTLE_MS = 10_000;

/**
 * Focuses `target` and keeps focus in the page while the dialog's action settles: should a re-render remove
 * `target` (the row of a key just revoked leaves the Active tab once the list refetches), focus goes to what
 * replaced it, else the main region, instead of falling to <body>. Focus moved on by then is left alone.
 */
export function focusAndKeep(target: HTMLElement) {
  target.focus();
  const observer = new MutationObserver(() => {
    if (target.isConnected) return;
    stop();
    if (document.activeElement && document.activeElement !== document.body) return;
    const replacement = current(target);
    (focusable(replacement) ? replacement : mainRegion())?.focus();
  });
  const timer = setTimeout(() => stop(), SETTLE_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * Focus return for dialogs opened from anywhere. Radix returns focus to a Radix Trigger; a dialog opened from
 * a menu item or by code has none, and focus fell to <body>. The content's `<Capture>` records, as the dialog
 * opens (before its focus trap moves focus), what had focus — or, when that was a menu item, the menu's trigger;
 * `onCloseAutoFocus` focuses it again if it is still on the page.
 */
export function useReturnFocus(onCloseAutoFocus?: (event: Event) => void) {
  const targets = useRef<Targets>({ opener: null, fallback: null });
  listen();
  function handleCloseAutoFocus(event: Event) {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    const opener = current(targets.current.opener);
    const fallback = current(targets.current.fallback);
    // Last resort (what opened it is gone, e.g. a revoked key's row): the page's main region, so that focus
    // is not lost on <body> and Tab goes on from the content.
    const target = focusable(opener) ? opener : focusable(fallback) ? fallback : mainRegion();
    if (!target) return;
    event.preventDefault();
    focusAndKeep(target);
  }
  return { targets, handleCloseAutoFocus };
}

/** Rendered inside a dialog's content: its layout effect runs as the dialog opens, before focus moves in. */
export function CaptureOpener({ into }: { into: RefObject<Targets> }) {
  useLayoutEffect(() => {
    const active = document.activeElement;
    const opener =
      active instanceof HTMLElement && active !== document.body && !active.closest(MENU) ? active : null;
    into.current = { opener, fallback: lastTrigger };
  }, [into]);
  return null;
}
