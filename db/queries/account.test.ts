import { describe, expect, it } from "vitest";
import { setupTestDatabase, unique } from "@/test/database";
import { changePasswordHash, updateUserName } from "./account";
import { createSession, getLiveSession } from "./sessions";
import { createUser, getUserById } from "./users";

setupTestDatabase();

async function newUser(name = "ada") {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: "old-hash" });
  if (!user) throw new Error("user not created");
  return user;
}

const open = (userId: string) => createSession({ userId, userAgent: null, ipAddress: null });

describe("updateUserName", () => {
  it("renames the user; an unknown user is null", async () => {
    const user = await newUser();
    expect((await updateUserName({ userId: user.id, name: "Ada L." }))?.name).toBe("Ada L.");
    expect((await getUserById({ id: user.id }))?.name).toBe("Ada L.");
    expect(await updateUserName({ userId: "user_missing", name: "x" })).toBeNull();
  });
});

describe("changePasswordHash", () => {
  it("stores the new hash and ends every other session of the user, keeping this one", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const [here, laptop, phone] = [await open(ada.id), await open(ada.id), await open(ada.id)];
    const bobs = await open(bob.id);
    const ended = await changePasswordHash({
      userId: ada.id,
      passwordHash: "new-hash",
      keepSessionId: here.id,
    });
    expect(ended).toBe(2);
    expect((await getUserById({ id: ada.id }))?.passwordHash).toBe("new-hash");
    expect(await getLiveSession({ id: here.id, userId: ada.id })).not.toBeNull();
    for (const gone of [laptop, phone])
      expect(await getLiveSession({ id: gone.id, userId: ada.id })).toBeNull();
    expect(await getLiveSession({ id: bobs.id, userId: bob.id })).not.toBeNull();
    expect((await getUserById({ id: bob.id }))?.passwordHash).toBe("old-hash");
  });
});
