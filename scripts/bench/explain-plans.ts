// Child of bench.ts: EXPLAINs the hot queries as the app builds them (query-plans.ts) on DATABASE_URL.
import { closeDatabase, ensureDatabaseReady } from "@/db";
import { explainHotQueries } from "./query-plans";

const [projectId, keyHash, cursorLinkId] = [
  process.env.BENCH_PROJECT_ID,
  process.env.BENCH_KEY_HASH,
  process.env.BENCH_CURSOR_LINK_ID,
];
if (!projectId || !keyHash || !cursorLinkId)
  throw new Error("BENCH_PROJECT_ID, BENCH_KEY_HASH and BENCH_CURSOR_LINK_ID are required");

await ensureDatabaseReady();
const plans = await explainHotQueries({ projectId, keyHash, cursorLinkId });
process.stdout.write(`${JSON.stringify({ plans })}\n`);
await closeDatabase();
