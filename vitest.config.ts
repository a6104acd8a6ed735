import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React's server build; under Node tests it guards nothing.
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-database.ts"],
    // Requests in tests come as through a proxy on this host (test/api.ts stamps the peer as scripts/serve.mjs would).
    env: { TRUST_PROXY: "loopback" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
