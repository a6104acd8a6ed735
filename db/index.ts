import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { type Env, env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { lockPgliteDirectory } from "./pglite-lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget = { kind: "pglite"; dataDir: string | null } | { kind: "postgres"; url: string };

/** Messages between instances sharing one database (PostgreSQL LISTEN/NOTIFY; one process needs none). */
export type Broadcast = {
  notify: (channel: string, payload: string) => Promise<void>;
  /** `onListen` runs on every (re)connection: after a reconnect, messages may have been missed. */
  listen: (channel: string, onMessage: (payload: string) => void, onListen: () => void) => Promise<void>;
};

type Connection = {
  target: DatabaseTarget;
  db: Database;
  broadcast: Broadcast | null;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/** Counts the queries this process sends (the cache tests prove a warm key costs none). */
const queryCounter = processSingleton("query-counter", () => ({ count: 0 }));
const logger = { logQuery: () => void queryCounter.count++ };
export const databaseQueryCount = (): number => queryCounter.count;

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
/** Serialises migrations when several instances start at once against one PostgreSQL. */
const MIGRATION_LOCK_ID = 7_402_315_001;

/**
 * Reads DATABASE_URL: unset → PGlite in `DATA_DIR/pglite`; `file:PATH` → PGlite in PATH;
 * `memory:` → PGlite in memory (tests); `postgres://…` → PostgreSQL.
 */
export function resolveDatabaseTarget(
  { DATABASE_URL: url, DATA_DIR: dataDir }: Pick<Env, "DATABASE_URL" | "DATA_DIR"> = env(),
): DatabaseTarget {
  if (!url) return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
  if (url === "memory:") return { kind: "pglite", dataDir: null };
  if (url.startsWith("file:")) return { kind: "pglite", dataDir: path.resolve(url.slice("file:".length)) };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  throw new Error(
    "DATABASE_URL must be postgres://…, postgresql://…, file:PATH or memory: (or unset for DATA_DIR/pglite).",
  );
}

/** Opens a connection. Most code uses `db`; tests and tools open their own. */
export function connect(target: DatabaseTarget = resolveDatabaseTarget()): Connection {
  if (target.kind === "postgres") {
    const client = postgres(target.url, {
      max: env().DATABASE_POOL_SIZE,
      onnotice: () => {},
    });
    return {
      target,
      db: drizzlePostgres(client, { schema, logger }),
      broadcast: {
        notify: async (channel, payload) => {
          await client.notify(channel, payload);
        },
        listen: async (channel, onMessage, onListen) => {
          await client.listen(channel, onMessage, onListen);
        },
      },
      migrate: () => migrateWithLock(target.url),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (target.dataDir) {
    fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
    lockPgliteDirectory(target.dataDir);
  }
  const client = new PGlite({ dataDir: target.dataDir ?? undefined, startParams: PGLITE_START_PARAMS });
  const db = drizzlePglite(client, { schema, logger });
  return {
    target,
    db,
    broadcast: null,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

/**
 * PGlite runs PostgreSQL inside this process, and initdb's default shared_buffers (128 MB) is allocated and
 * touched at start: 16 MB keeps an idle server about 120 MB smaller. The operating system still caches the data
 * files; a deployment that outgrows this should move to PostgreSQL.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

async function migrateWithLock(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

const shared = processSingleton("database", () => ({}) as { connection?: Connection; ready?: Promise<void> });

function connection(): Connection {
  shared.connection ??= connect();
  return shared.connection;
}

/** Opens and migrates the database once per process (called at server start). */
export function ensureDatabaseReady(): Promise<void> {
  shared.ready ??= connection()
    .migrate()
    .catch((error) => {
      shared.ready = undefined;
      throw error;
    });
  return shared.ready;
}

/** The process's database, opened on first use (so `next build` never opens it). */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const value = Reflect.get(connection().db, property);
    return typeof value === "function" ? value.bind(connection().db) : value;
  },
});

/** The process's channel to other instances, or null when it is the only one (PGlite). */
export function databaseBroadcast(): Broadcast | null {
  return connection().broadcast;
}

/** Closes the process's connection (tests, scripts, graceful shutdown). */
export async function closeDatabase(): Promise<void> {
  const { connection } = shared;
  shared.connection = undefined;
  shared.ready = undefined;
  await connection?.close();
}

/** What a query runs on: the database itself or an open transaction. */
export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];
