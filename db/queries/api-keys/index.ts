// What the dashboard reads. Changes to keys go through lib/api-keys/manage, which generates secrets and
// tells the key caches.
export { type ApiKeyListItem, getApiKey, listApiKeys, MAX_ACTIVE_KEYS_PER_PROJECT } from "./manage";
export { type ApiKeysOverview, getApiKeysOverview, type KeyRequestCounts } from "./overview";
