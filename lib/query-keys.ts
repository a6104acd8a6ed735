/** Every client cache key, per project: refreshing a prefix refreshes everything under it. */
export const queryKeys = {
  project: (slug: string) => ["projects", slug] as const,
  apiKeys: (slug: string) => [...queryKeys.project(slug), "api-keys"] as const,
  /** One key's page: its usage and recent requests (polled while the page is visible). */
  apiKey: (slug: string, keyId: string) => [...queryKeys.apiKeys(slug), keyId] as const,
  publishableKey: (slug: string) => [...queryKeys.project(slug), "publishable-key"] as const,
  people: (slug: string) => [...queryKeys.project(slug), "people"] as const,
  members: (slug: string) => [...queryKeys.people(slug), "members"] as const,
  invitations: (slug: string) => [...queryKeys.people(slug), "invitations"] as const,
};
