import { inject } from "vitest";

// Each test file sees the run's DATABASE_URL: `memory:` (a PGlite of its own per file) or the run's PostgreSQL.
process.env.DATABASE_URL = inject("databaseUrl");
