const REGISTRY = Symbol.for("codeqr.shutdown-tasks");
const registry = globalThis as { [REGISTRY]?: Map<string, () => Promise<void>> };

/**
 * Work to finish before the process exits on SIGTERM/SIGINT (the request log's last batch). scripts/serve.mjs
 * runs every task once open requests are answered, by reading this registry from `globalThis` (it cannot
 * import TypeScript); a task registered twice under one name runs once.
 */
export function onShutdown(name: string, task: () => Promise<void>): void {
  registry[REGISTRY] ??= new Map();
  registry[REGISTRY].set(name, task);
}
