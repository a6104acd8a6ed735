// Where a page of GET /api/links spends its CPU time, step by step, on DATABASE_URL (default: PGlite in memory):
// `node --conditions=react-server --import tsx scripts/bench/links-page-profile.ts` (a report, never a test).
import { closeDatabase, db, ensureDatabaseReady } from "@/db";
import { linksPageQuery, listLinks } from "@/db/queries/links";
import { listLinksQuerySchema } from "@/lib/api/schemas/link-query";
import { serializeLink } from "@/lib/api/serializers/link";
import { fillDatabase } from "./seed";

const ITERATIONS = Number(process.env.PROFILE_ITERATIONS) || 2_000;
const site = { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" };

process.env.DATABASE_URL ??= "memory:";
await ensureDatabaseReady();
const seeded = await fillDatabase(db, { projects: 2, keysPerProject: 1, links: 1_000, otherLinks: 100 });
const query = listLinksQuerySchema.parse({ pageSize: "20" });
const page = { projectId: seeded.projectId, query };

async function time(label: string, step: () => unknown) {
  for (let i = 0; i < ITERATIONS / 10; i++) await step();
  const started = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) await step();
  const { user, system } = process.cpuUsage(started);
  process.stdout.write(
    `${label.padEnd(44)} ${((user + system) / ITERATIONS).toFixed(0).padStart(6)} µs CPU\n`,
  );
}

const withTheirTags = await listLinks(page);
await time("parse the query (zod)", () => listLinksQuerySchema.parse({ pageSize: "20" }));
await time("page query with tags (20 rows)", () => linksPageQuery(page));
await time("serialize 20 links", () => withTheirTags.map((link) => serializeLink(link, site)));
const body = withTheirTags.map((link) => serializeLink(link, site));
await time("JSON.stringify of the page", () => JSON.stringify(body));
await closeDatabase();
