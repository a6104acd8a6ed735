import type { ApiKeyListItem } from "@/db/queries/api-keys";

/**
 * "Allowed IP addresses" of the key: the slot the allowlist feature fills. Keys have no allowlist yet, so it
 * renders nothing.
 */
export function AllowedAddresses(_props: { apiKey: ApiKeyListItem }) {
  return null;
}
