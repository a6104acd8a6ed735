import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "./postgres-database";

/**
 * With DATABASE_URL=postgres://…, the run gets a database of its own on that server (migrated by each
 * worker's setup); without it, every test file opens an in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl?.startsWith("postgres")) {
    project.provide("databaseUrl", "memory:");
    return;
  }
  const scratch = await createScratchDatabase(adminUrl, "unit");
  const { connect } = await import("../db/index");
  const connection = connect({ kind: "postgres", url: scratch.url });
  await connection.migrate();
  await connection.close();
  project.provide("databaseUrl", scratch.url);
  return () => scratch.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
