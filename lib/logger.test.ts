import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { setupTestDatabase, unique } from "@/test/database";
import { createLogger } from "./logger";

setupTestDatabase();

/** A logger writing into an array of parsed lines. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger(stream), lines };
}

describe("logging a database error", () => {
  it("writes its SQLSTATE code and message only, never the query's parameters", async () => {
    const email = `${unique("leak")}@example.com`;
    const passwordHash = `scrypt$${unique("hash")}`;
    const row = { id: unique("usr"), name: "Leak test", email, passwordHash };
    await db.insert(users).values(row);
    const error = await db
      .insert(users)
      .values({ ...row, id: unique("usr") })
      .then(() => null)
      .catch((caught: unknown) => caught);
    expect(error).not.toBeNull();

    const { log, lines } = capturingLogger();
    log.error({ err: error }, "query failed");
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? "";
    expect(JSON.parse(line).err).toMatchObject({ type: "DatabaseError", code: "23505" });
    expect(line).not.toContain(email);
    expect(line).not.toContain(passwordHash);
    expect(line).not.toContain("insert into");
  });

  it("keeps the stack of an unexpected error that is not the database's", () => {
    const { log, lines } = capturingLogger();
    log.error({ err: new Error("boom") }, "failed");
    expect(JSON.parse(lines[0] ?? "{}").err).toMatchObject({ type: "Error", message: "boom" });
    expect(JSON.parse(lines[0] ?? "{}").err.stack).toContain("boom");
  });
});
