"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while server-rendering and hydrating, true once React has attached this component's handlers. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
