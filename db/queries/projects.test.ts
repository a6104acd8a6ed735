import { describe, expect, it } from "vitest";
import { setupTestDatabase, unique } from "@/test/database";
import {
  createProject,
  deleteProjectRow,
  getProjectForMember,
  listProjectsForUser,
  updateProject,
} from "./projects";
import { createUser, getUserByEmail } from "./users";

setupTestDatabase();

async function newUser(name = "Ada") {
  const user = await createUser({ name, email: `${unique(name)}@example.com`, passwordHash: null });
  if (!user) throw new Error("user not created");
  return user;
}

describe("projects", () => {
  it("makes the creator the owner and lists the project for them only", async () => {
    const [ada, bob] = [await newUser("ada"), await newUser("bob")];
    const slug = unique("acme");
    const project = await createProject({ name: "Acme", slug, ownerId: ada.id });
    expect(project?.slug).toBe(slug);
    expect(await getProjectForMember({ slug, userId: ada.id })).toMatchObject({ role: "owner" });
    expect(await getProjectForMember({ slug, userId: bob.id })).toBeNull();
    expect((await listProjectsForUser({ userId: ada.id })).map((p) => p.slug)).toContain(slug);
    expect(await listProjectsForUser({ userId: bob.id })).toEqual([]);
  });

  it("refuses a slug that is taken, on create and on rename, without creating anything", async () => {
    const ada = await newUser();
    const slug = unique("taken");
    const first = await createProject({ name: "First", slug, ownerId: ada.id });
    expect(await createProject({ name: "Second", slug, ownerId: ada.id })).toBeNull();
    expect(await listProjectsForUser({ userId: ada.id })).toHaveLength(1);
    const other = await createProject({ name: "Other", slug: unique("other"), ownerId: ada.id });
    if (!first || !other) throw new Error("setup failed");
    expect(await updateProject({ projectId: other.id, name: "Other", slug })).toBeNull();
    expect(await updateProject({ projectId: other.id, name: "Renamed", slug: other.slug })).toMatchObject({
      name: "Renamed",
    });
  });

  it("deleting a project removes its memberships", async () => {
    const ada = await newUser();
    const slug = unique("gone");
    const project = await createProject({ name: "Gone", slug, ownerId: ada.id });
    if (!project) throw new Error("setup failed");
    await deleteProjectRow({ projectId: project.id });
    expect(await getProjectForMember({ slug, userId: ada.id })).toBeNull();
    expect(await listProjectsForUser({ userId: ada.id })).toEqual([]);
  });
});

describe("users", () => {
  it("treats emails case-insensitively: one account per address", async () => {
    const local = unique("Grace");
    const created = await createUser({ name: "Grace", email: `${local}@Example.com`, passwordHash: null });
    expect(created?.email).toBe(`${local.toLowerCase()}@example.com`);
    expect(
      await createUser({ name: "Copy", email: `${local.toUpperCase()}@EXAMPLE.COM`, passwordHash: null }),
    ).toBeNull();
    expect((await getUserByEmail({ email: `${local.toUpperCase()}@example.com` }))?.id).toBe(created?.id);
  });
});
