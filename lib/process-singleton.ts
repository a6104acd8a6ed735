const registry = globalThis as { __codeqrSingletons?: Map<string, unknown> };

/**
 * One value per server process, kept on `globalThis`: Next bundles `proxy.ts` and the app separately, so a
 * module-level variable would exist twice while `globalThis` is shared (see NOTES: checked under next start).
 */
export function processSingleton<T>(name: string, create: () => T): T {
  registry.__codeqrSingletons ??= new Map();
  if (!registry.__codeqrSingletons.has(name)) registry.__codeqrSingletons.set(name, create());
  return registry.__codeqrSingletons.get(name) as T;
}
