// Child of micro.ts: times the real verifyApiKey on a warm key. Run with `node --conditions=react-server --import tsx`.
import { eq } from "drizzle-orm";
import { closeDatabase, db, ensureDatabaseReady } from "@/db";
import { apiKeys } from "@/db/schema";
import { cachedKeyCount } from "@/lib/api-keys/cache";
import { generateSecretKey, hashApiKey } from "@/lib/api-keys/format";
import { afterKeyChange } from "@/lib/api-keys/invalidation";
import { verifyApiKey } from "@/lib/api-keys/verify";
import { nsPerOp, nsPerOpAsync } from "./micro";
import { fillDatabase } from "./seed";

const iterations = Number(process.env.BENCH_MICRO_ITERATIONS) || 200_000;
const CACHED_OTHERS = 9_999;

await ensureDatabaseReady();
const { validKey, validHash, projectId } = await fillDatabase(db, {
  projects: 1,
  keysPerProject: 100,
  links: 0,
  otherLinks: 0,
});
const header = `Bearer ${validKey}`;
const first = await verifyApiKey(header);
if (!first.permissions.includes("links.read")) throw new Error("the seeded key does not verify");
// A full cache, as on a busy server: 9,999 other (unknown, so negatively cached) hashes beside the warm key.
for (let i = 0; i < CACHED_OTHERS; i++) await verifyApiKey(`Bearer ${generateSecretKey()}`).catch(() => null);
if (cachedKeyCount() < CACHED_OTHERS) throw new Error(`only ${cachedKeyCount()} keys cached`);

const shaNs = nsPerOp(() => hashApiKey(validKey), iterations);
const verifyNs = await nsPerOpAsync(() => verifyApiKey(header), iterations);

// The same key with an IP allowlist of three ranges, checked for an address in the last one.
const ALLOWED = ["10.0.0.0/8", "2001:db8::/32", "203.0.113.0/24"];
await afterKeyChange(
  projectId,
  db.update(apiKeys).set({ allowedIps: ALLOWED }).where(eq(apiKeys.hash, validHash)),
);
const now = Date.now();
await verifyApiKey(header, now, "203.0.113.7");
const outside = await verifyApiKey(header, now, "198.51.100.1").then(
  () => "accepted",
  (error: Error) => error.message,
);
if (!outside.startsWith("Requests from 198.51.100.1"))
  throw new Error(`the allowlist is not applied: ${outside}`);
const allowlistNs = await nsPerOpAsync(() => verifyApiKey(header, Date.now(), "203.0.113.7"), iterations);
process.stdout.write(`${JSON.stringify({ shaNs, verifyNs, allowlistNs })}\n`);
await closeDatabase();
