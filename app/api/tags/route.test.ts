import { LinkTagSchemaOutput$inboundSchema } from "dub/models/components";
import { describe, expect, it } from "vitest";
import { TAG_COLORS } from "@/lib/tag-colors";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { dubClient } from "@/test/dub-client";
import { GET, POST } from "./route";

setupTestDatabase();

const TAG_KEYS = ["color", "createdAt", "id", "name", "updatedAt"];

const create = (secret: string, body: unknown) =>
  callRoute(POST, { url: "/api/tags", method: "POST", secret, body });
const list = (secret: string, query = "") => callRoute(GET, { url: `/api/tags${query}`, secret });
const names = (body: unknown) => (body as { name: string }[]).map((t) => t.name);

describe("POST /api/tags", () => {
  it("answers 201 with a complete Tag that the Dub SDK accepts", async () => {
    const { secret } = await projectWithKey();
    const response = await create(secret, { name: "Marketing", color: "green" });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body as object).sort()).toEqual(TAG_KEYS);
    expect(response.body).toMatchObject({
      id: expect.stringMatching(/^tag_/),
      name: "Marketing",
      color: "green",
    });
    const { createdAt } = response.body as { createdAt: string };
    expect(new Date(createdAt).toISOString()).toBe(createdAt);
    expect(LinkTagSchemaOutput$inboundSchema.parse(response.body)).toMatchObject({ name: "Marketing" });
  });

  it("takes the deprecated `tag` for the name and picks one of the eight colours when none is given", async () => {
    const { secret } = await projectWithKey();
    const response = await create(secret, { tag: "  Legacy  " });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "Legacy" });
    expect(TAG_COLORS).toContain((response.body as { color: string }).color);
  });

  it("refuses a name the project already has, in any case, with 409; another project may use it", async () => {
    const { secret } = await projectWithKey();
    expect((await create(secret, { name: "News" })).status).toBe(201);
    const duplicate = await create(secret, { name: "NEWS" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ error: { code: "conflict" } });
    const other = await projectWithKey();
    expect((await create(other.secret, { name: "news" })).status).toBe(201);
  });

  it.each([
    ["a colour outside the eight", { name: "x", color: "orange" }, "color"],
    ["no name", { color: "red" }, "name"],
    ["an empty name", { name: "   " }, "name"],
    ["a name of 51 characters", { name: "x".repeat(51) }, "name"],
    ["a name that is no string", { name: 42 }, "name"],
    ["a NUL character", { name: "a\u0000b" }, "name"],
  ])("answers 422 naming the field for %s", async (_, body, field) => {
    const { secret } = await projectWithKey();
    const response = await create(secret, body);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      error: { code: "unprocessable_entity", message: expect.stringContaining(`'${field}'`) },
    });
  });

  it.each([["{"], ["[1, 2"], ["nul"]])("answers 400 for the malformed JSON %s", async (body) => {
    const { secret } = await projectWithKey();
    const response = await create(secret, body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "bad_request" } });
  });
});

describe("GET /api/tags", () => {
  it("lists only the key's project's tags, as a bare array sorted by name", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    for (const name of ["beta", "Alpha", "gamma"]) await create(secret, { name });
    await create(other.secret, { name: "foreign" });
    const response = await list(secret);
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual(["Alpha", "beta", "gamma"]);
    for (const item of response.body as object[]) expect(Object.keys(item).sort()).toEqual(TAG_KEYS);
  });

  it("filters by search text (case-insensitive, % and _ taken literally) and by ids", async () => {
    const { secret } = await projectWithKey();
    const created = [];
    for (const name of ["Spring Sale", "summer sale", "100%_off"])
      created.push((await create(secret, { name })).body);
    const [spring, summer] = created as { id: string }[];
    expect(names((await list(secret, "?search=SALE")).body)).toEqual(["Spring Sale", "summer sale"]);
    expect(names((await list(secret, "?search=%25_")).body)).toEqual(["100%_off"]);
    expect(names((await list(secret, "?search=%25")).body)).toEqual(["100%_off"]);
    expect(names((await list(secret, `?ids=${spring?.id}&ids=${summer?.id}`)).body)).toHaveLength(2);
    expect(names((await list(secret, `?ids=${spring?.id},nope`)).body)).toEqual(["Spring Sale"]);
  });

  it("pages with page and pageSize, and sorts by createdAt on request", async () => {
    const { secret } = await projectWithKey();
    for (const name of ["c", "a", "e", "b", "d"]) await create(secret, { name });
    expect(names((await list(secret, "?pageSize=2")).body)).toEqual(["a", "b"]);
    expect(names((await list(secret, "?pageSize=2&page=3")).body)).toEqual(["e"]);
    expect(names((await list(secret, "?pageSize=2&page=4")).body)).toEqual([]);
    expect(names((await list(secret, "?sortBy=createdAt&sortOrder=desc&pageSize=2")).body)).toEqual([
      "d",
      "b",
    ]);
    expect((await list(secret, "?page=9007199254740991")).body).toEqual([]);
  });

  it.each([
    ["?pageSize=101", "pageSize"],
    ["?page=0", "page"],
    ["?sortBy=color", "sortBy"],
    ["?search=a&search=b", "search"],
  ])("answers 422 for %s", async (query, field) => {
    const { secret } = await projectWithKey();
    const response = await list(secret, query);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: expect.stringContaining(`'${field}'`) } });
  });
});

describe("the Dub SDK, unchanged", () => {
  it("creates, lists, updates and deletes tags", async () => {
    const { secret } = await projectWithKey();
    const dub = dubClient(secret);
    const created = await dub.tags.create({ name: "From the SDK", color: "purple" });
    expect(created).toMatchObject({ name: "From the SDK", color: "purple" });
    expect(await dub.tags.list({ search: "sdk" })).toEqual([
      { id: created.id, name: "From the SDK", color: "purple" },
    ]);
    const updated = await dub.tags.update(created.id, { color: "pink" });
    expect(updated).toMatchObject({ id: created.id, name: "From the SDK", color: "pink" });
    expect(await dub.tags.delete(created.id)).toEqual({ id: created.id });
    expect(await dub.tags.list()).toEqual([]);
  });
});
