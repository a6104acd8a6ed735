// Seeding for the benchmark, run directly on the database (never through the app).
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { connect, type Database, type DatabaseTarget } from "@/db";
import { apiKeys, links, projectMemberships, projects, users } from "@/db/schema";
import { displayKey, generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { PERMISSIONS } from "@/lib/api-keys/permissions";
import { createId } from "@/lib/ids";

/** `links` go to the benchmarked (first) project, `otherLinks` to each other one, so that plans see many tenants. */
export type SeedShape = { projects: number; keysPerProject: number; links: number; otherLinks: number };

/** What the benchmark needs to know about a seeded database; `validKey` exists only in this process. */
export type Seeded = {
  projectId: string;
  validKey: string;
  validHash: string;
  keyCount: number;
  /** A link of the benchmarked project (the 101st newest), for the cursor page's query plan. */
  cursorLinkId: string;
};

const BATCH = 1_000;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** A PGlite directory is locked by its opener until that process exits; the seeding process hands it on. */
function releasePgliteLock(target: DatabaseTarget): void {
  if (target.kind === "pglite" && target.dataDir) fs.rmSync(`${target.dataDir}.lock`, { force: true });
}

/**
 * Migrates and fills the database: `projects` projects, each with one owner and `keysPerProject` keys
 * (100 is the per-project cap), `links` links in the first project (the benchmarked one), `otherLinks` in each other.
 */
export async function seedDatabase(target: DatabaseTarget, shape: SeedShape): Promise<Seeded> {
  const connection = connect(target);
  try {
    await connection.migrate();
    return await fillDatabase(connection.db, shape);
  } finally {
    await connection.close();
    releasePgliteLock(target);
  }
}

/** The rows of `seedDatabase`, on an open, migrated database. */
export async function fillDatabase(db: Database, shape: SeedShape): Promise<Seeded> {
  const owners = Array.from({ length: shape.projects }, (_, i) => ({
    id: createId("user"),
    name: `Bench owner ${i}`,
    email: `bench-owner-${i}@example.com`,
  }));
  const projectRows = owners.map((_, i) => ({
    id: createId("proj"),
    name: `Bench ${i}`,
    slug: `bench-${i}`,
  }));
  await inBatches(owners, (batch) => db.insert(users).values(batch));
  await inBatches(projectRows, (batch) => db.insert(projects).values(batch));
  await inBatches(
    projectRows.map((project, i) => ({
      projectId: project.id,
      userId: owners[i]?.id ?? "",
      role: "owner" as const,
    })),
    (batch) => db.insert(projectMemberships).values(batch),
  );

  let validKey = "";
  const keyRows = projectRows.flatMap((project, p) =>
    Array.from({ length: shape.keysPerProject }, (_, k) => {
      const token = generateSecretKey();
      if (p === 0 && k === 0) validKey = token;
      const userId = owners[p]?.id ?? "";
      return {
        id: createId("key"),
        projectId: project.id,
        userId,
        name: `Bench key ${k}`,
        hash: hashApiKey(token),
        displayKey: displayKey(token),
        scopes: [...PERMISSIONS],
        createdById: userId,
      };
    }),
  );
  await inBatches(keyRows, (batch) => db.insert(apiKeys).values(batch));

  const project = projectRows[0];
  if (!project || !validKey) throw new Error("the seed needs at least one project and one key");
  const now = Date.now();
  const linkRows = projectRows.flatMap((owner, p) =>
    Array.from({ length: p === 0 ? shape.links : shape.otherLinks }, (_, i) => ({
      id: createId("link"),
      projectId: owner.id,
      domain: "bench.example.com",
      key: `bench-${p}-${i}`,
      url: `https://example.com/articles/${i}?ref=bench`,
      title: `Bench article ${i}`,
      archived: i % 10 === 9,
      userId: owners[p]?.id ?? null,
      createdAt: new Date(now - i * 60_000),
    })),
  );
  await inBatches(linkRows, (batch) => db.insert(links).values(batch));
  await db.execute(sql`analyze`);
  return {
    projectId: project.id,
    validKey,
    validHash: hashApiKey(validKey),
    keyCount: keyRows.length,
    cursorLinkId: linkRows[Math.min(100, linkRows.length - 1)]?.id ?? "",
  };
}
