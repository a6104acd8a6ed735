import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, type User, users } from "@/db/schema";
import { createId } from "@/lib/ids";

export async function getUserById({ id }: { id: string }): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function getUserByEmail({ email }: { email: string }): Promise<User | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

/** Returns null when the email is taken (checked by the unique index, so concurrent sign-ups cannot both win). */
export async function createUser(input: {
  name: string;
  email: string;
  passwordHash: string | null;
  image?: string | null;
}): Promise<User | null> {
  const [user] = await db
    .insert(users)
    .values({ id: createId("user"), ...input, email: input.email.toLowerCase() })
    .onConflictDoNothing()
    .returning();
  return user ?? null;
}

/**
 * Finds or creates the user behind an OAuth identity. An email that already belongs to an account is not
 * linked silently (that would let whoever controls the provider account take it over): returns null.
 */
export async function upsertOAuthUser(input: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
  image: string | null;
}): Promise<User | null> {
  const [linked] = await db
    .select({ user: users })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(
      and(eq(accounts.provider, input.provider), eq(accounts.providerAccountId, input.providerAccountId)),
    )
    .limit(1);
  if (linked) return linked.user;
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        id: createId("user"),
        name: input.name,
        email: input.email.toLowerCase(),
        image: input.image,
      })
      .onConflictDoNothing()
      .returning();
    if (!user) return null;
    await tx.insert(accounts).values({
      provider: input.provider,
      providerAccountId: input.providerAccountId,
      userId: user.id,
    });
    return user;
  });
}
