import path from "node:path";

/** Where the e2e server's stdout and stderr go (read by tests that check what it logged). */
export const SERVER_LOG = path.resolve("test-results/server.log");

/** RATE_LIMIT_PER_MINUTE of the e2e server: small, so a test can reach it. */
export const E2E_RATE_LIMIT = 40;
