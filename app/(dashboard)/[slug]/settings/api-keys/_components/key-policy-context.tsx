"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { DEFAULT_KEY_POLICY, type KeyPolicy } from "@/lib/api-keys/policy";

const KeyPolicyContext = createContext<KeyPolicy>(DEFAULT_KEY_POLICY);

/**
 * Hands the project's key policy to the key forms below it, so each offers only what the policy allows. A
 * refresh of the page hands over a new object with the same rules: the forms see the same policy until a rule
 * changes.
 */
export function KeyPolicyProvider({ policy, children }: { policy: KeyPolicy; children: ReactNode }) {
  const { maxLifetimeDays, membersMayCreate, machineKeysRequireAllowlist } = policy;
  const value = useMemo<KeyPolicy>(
    () => ({ maxLifetimeDays, membersMayCreate, machineKeysRequireAllowlist }),
    [maxLifetimeDays, membersMayCreate, machineKeysRequireAllowlist],
  );
  return <KeyPolicyContext value={value}>{children}</KeyPolicyContext>;
}

/** The project's key policy; the defaults outside a provider. The server enforces it either way. */
export function useKeyPolicy(): KeyPolicy {
  return useContext(KeyPolicyContext);
}
