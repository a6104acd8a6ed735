import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, ensureDatabaseReady } from "@/db";

/** Opens (and migrates) the run's database for this test file, and closes it afterwards. */
export function setupTestDatabase(): void {
  beforeAll(() => ensureDatabaseReady());
  afterAll(() => closeDatabase());
}

/** A suffix that keeps rows of different test files apart when they share the run's PostgreSQL database. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}
