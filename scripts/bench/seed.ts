// Seeding, query plans and key deletion for the benchmark, run directly on the database (never through the app).
import fs from "node:fs";
import { and, asc, desc, eq, ne, or, type SQL, sql } from "drizzle-orm";
import { connect, type Database, type DatabaseTarget } from "@/db";
import { apiKeys, links, projectMemberships, projects, users } from "@/db/schema";
import { displayKey, generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { PERMISSIONS } from "@/lib/api-keys/permissions";
import { createId } from "@/lib/ids";

/** `links` go to the benchmarked (first) project, `otherLinks` to each other one, so that plans see many tenants. */
export type SeedShape = { projects: number; keysPerProject: number; links: number; otherLinks: number };

/** What the benchmark needs to know about a seeded database; `validKey` exists only in this process. */
export type Seeded = { projectId: string; validKey: string; validHash: string; keyCount: number };

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
  return { projectId: project.id, validKey, validHash: hashApiKey(validKey), keyCount: keyRows.length };
}

function planText(result: unknown): string {
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows.map((row) => String(Object.values(row as Record<string, unknown>)[0])).join("\n");
}

export type QueryPlan = { title: string; plan: string; usesIndex: boolean; verdict: string };

/** EXPLAIN of the two hot queries, in the shapes db/queries/links.ts and db/queries/api-key-lookup.ts build. */
export async function explainHotQueries(target: DatabaseTarget, seeded: Seeded): Promise<QueryPlan[]> {
  const connection = connect(target);
  const { db } = connection;
  try {
    const linksPage = db
      .select()
      .from(links)
      .where(and(eq(links.projectId, seeded.projectId), eq(links.archived, false)))
      .orderBy(desc(links.createdAt), asc(links.id))
      .limit(20)
      .offset(0);
    const keyByHash = db
      .select({
        id: apiKeys.id,
        role: projectMemberships.role,
        slug: projects.slug,
        isMachine: users.isMachine,
      })
      .from(apiKeys)
      .innerJoin(projects, eq(projects.id, apiKeys.projectId))
      .innerJoin(users, eq(users.id, apiKeys.userId))
      .leftJoin(
        projectMemberships,
        and(
          eq(projectMemberships.projectId, apiKeys.projectId),
          eq(projectMemberships.userId, apiKeys.userId),
        ),
      )
      .where(or(eq(apiKeys.hash, seeded.validHash), eq(apiKeys.previousHash, seeded.validHash)))
      .limit(1);
    const explain = async (query: { getSQL(): SQL }) => planText(await db.execute(sql`explain ${query}`));
    const linksPlan = await explain(linksPage);
    const linksOk =
      /Index (Only )?Scan using links_project_created_idx/.test(linksPlan) && !/Sort Key/.test(linksPlan);
    const keyPlan = await explain(keyByHash);
    const keyOk = /api_keys_hash_unique|api_keys_hash_key/.test(keyPlan);
    return [
      {
        title: "links list: project_id = $1 and not archived, order by created_at desc, id, limit 20",
        plan: linksPlan,
        usesIndex: linksOk,
        verdict: linksOk
          ? "links_project_created_idx yields the page in order; nothing is sorted"
          : "the plan does not read the page in index order (a Sort, or no scan of links_project_created_idx): every link of the project is read and sorted for each page",
      },
      {
        title: "API key lookup by hash (current or previous secret)",
        plan: keyPlan,
        usesIndex: keyOk,
        verdict: keyOk
          ? "found through the unique index on api_keys.hash"
          : "no index on api_keys.hash in the plan",
      },
    ];
  } finally {
    await connection.close();
    releasePgliteLock(target);
  }
}

/** Deletes every key outside the benchmarked project (PostgreSQL, while the server runs); returns the keys left. */
export async function keepOnlyBenchmarkedKeys(target: DatabaseTarget, seeded: Seeded): Promise<number> {
  const connection = connect(target);
  try {
    await connection.db.delete(apiKeys).where(ne(apiKeys.projectId, seeded.projectId));
    await connection.db.execute(sql`vacuum analyze api_keys`);
    const [row] = await connection.db.select({ total: sql<number>`count(*)::int` }).from(apiKeys);
    return row?.total ?? 0;
  } finally {
    await connection.close();
  }
}
