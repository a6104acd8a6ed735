// Child of micro.ts: times the real verifyApiKey on a warm key. Run with `node --conditions=react-server --import tsx`.
import { closeDatabase, db, ensureDatabaseReady } from "@/db";
import { cachedKeyCount } from "@/lib/api-keys/cache";
import { generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { verifyApiKey } from "@/lib/api-keys/verify";
import { nsPerOp, nsPerOpAsync } from "./micro";
import { fillDatabase } from "./seed";

const iterations = Number(process.env.BENCH_MICRO_ITERATIONS) || 200_000;
const CACHED_OTHERS = 9_999;

await ensureDatabaseReady();
const { validKey } = await fillDatabase(db, { projects: 1, keysPerProject: 100, links: 0, otherLinks: 0 });
const header = `Bearer ${validKey}`;
const first = await verifyApiKey(header);
if (!first.permissions.includes("links.read")) throw new Error("the seeded key does not verify");
// A full cache, as on a busy server: 9,999 other (unknown, so negatively cached) hashes beside the warm key.
for (let i = 0; i < CACHED_OTHERS; i++) await verifyApiKey(`Bearer ${generateSecretKey()}`).catch(() => null);
if (cachedKeyCount() < CACHED_OTHERS) throw new Error(`only ${cachedKeyCount()} keys cached`);

const shaNs = nsPerOp(() => hashApiKey(validKey), iterations);
const verifyNs = await nsPerOpAsync(() => verifyApiKey(header), iterations);
process.stdout.write(`${JSON.stringify({ shaNs, verifyNs })}\n`);
await closeDatabase();
