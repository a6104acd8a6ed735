"use client";

import { createContext, type ReactNode, useContext } from "react";
import { DEFAULT_KEY_POLICY, type KeyPolicy } from "@/lib/api-keys/policy";

const KeyPolicyContext = createContext<KeyPolicy>(DEFAULT_KEY_POLICY);

/** Hands the project's key policy to the key forms below it, so each offers only what the policy allows. */
export function KeyPolicyProvider({ policy, children }: { policy: KeyPolicy; children: ReactNode }) {
  return <KeyPolicyContext value={policy}>{children}</KeyPolicyContext>;
}

/** The project's key policy; the defaults outside a provider. The server enforces it either way. */
export function useKeyPolicy(): KeyPolicy {
  return useContext(KeyPolicyContext);
}
