import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { GET } from "../route";
import { PUT } from "./route";

setupTestDatabase();

const upsert = (secret: string, body: unknown) =>
  callRoute(PUT, { url: "/api/links/upsert", method: "PUT", secret, body });

describe("PUT /api/links/upsert", () => {
  it("creates a link when the project has none with this url, and updates it afterwards", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const theirs = await upsert(other.secret, { url: "https://example.com/page" });

    const created = await upsert(secret, { url: "https://example.com/page", title: "First" });
    expect(created.status).toBe(200);
    const link = created.body as { id: string; key: string };
    expect(link.id).not.toBe((theirs.body as { id: string }).id);

    const updated = await upsert(secret, { url: "https://example.com/page", title: "Second" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: link.id, key: link.key, title: "Second" });

    const another = await upsert(secret, { url: "https://example.com/other" });
    expect((another.body as { id: string }).id).not.toBe(link.id);
    const listed = await callRoute(GET, { url: "/api/links", secret });
    expect((listed.body as unknown[]).length).toBe(2);
  });

  it("creates one link for concurrent upserts of one url", async () => {
    const { secret } = await projectWithKey();
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, n) => upsert(secret, { url: "https://example.com/race", title: `${n}` })),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(responses.map((response) => (response.body as { id: string }).id)).size).toBe(1);
  });

  it("answers 422 without a url and 409 for a taken externalId", async () => {
    const { secret } = await projectWithKey();
    const missing = await upsert(secret, { title: "no url" });
    expect(missing.status).toBe(422);
    expect(JSON.stringify(missing.body)).toContain("'url'");
    await upsert(secret, { url: "https://example.com/a", externalId: "taken" });
    const conflict = await upsert(secret, { url: "https://example.com/b", externalId: "taken" });
    expect(conflict.status).toBe(409);
  });
});
