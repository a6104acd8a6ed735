import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { domains } from "@/db/schema";

/** Whether a hostname is one of some project's short-link domains. */
export async function isProjectDomain({ host }: { host: string }): Promise<boolean> {
  const [row] = await db.select({ id: domains.id }).from(domains).where(eq(domains.slug, host)).limit(1);
  return Boolean(row);
}
