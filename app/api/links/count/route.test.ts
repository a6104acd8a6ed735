import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { tags } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase } from "@/test/database";
import { POST } from "../route";
import { GET } from "./route";

setupTestDatabase();

async function createLink(secret: string, body: Record<string, unknown>) {
  const response = await callRoute(POST, { url: "/api/links", method: "POST", secret, body });
  expect(response.status).toBe(200);
}

const count = async (secret: string, query = "") => {
  const response = await callRoute(GET, { url: `/api/links/count${query}`, secret });
  expect(response.status).toBe(200);
  return response.body;
};

describe("GET /api/links/count", () => {
  it("counts the project's links with the list's filters, as a bare number", async () => {
    const { secret, project } = await projectWithKey();
    const other = await projectWithKey();
    const tagId = createId("tag");
    await db.insert(tags).values({ id: tagId, projectId: project.id, name: "Promo", color: "green" });
    await createLink(other.secret, { url: "https://example.com" });
    expect(await count(secret)).toBe(0);
    await createLink(secret, { url: "https://shop.example.com", tagIds: [tagId] });
    await createLink(secret, { url: "https://blog.example.com" });
    await createLink(secret, { url: "https://shop.example.com/old", archived: true });

    expect(await count(secret)).toBe(2);
    expect(await count(secret, "?showArchived=true")).toBe(3);
    expect(await count(secret, "?search=SHOP")).toBe(1);
    expect(await count(secret, `?tagIds=${tagId}`)).toBe(1);
    expect(await count(secret, "?tagNames=promo")).toBe(1);
    expect(await count(secret, "?domain=elsewhere.example")).toBe(0);
    expect(await count(secret, `?tagIds[]=${tagId}&tagIds[]=tag_none`)).toBe(1);
  });

  it.each([
    ["?showArchived=perhaps", "Invalid 'showArchived'"],
    ["?groupBy=domain", "Invalid 'groupBy': Grouped counts are not supported"],
    ["?page=2", "Unknown query parameter 'page'"],
    ["?sortBy=clicks", "Unknown query parameter 'sortBy'"],
  ])("answers 422 naming the parameter for %s, never ignoring it", async (query, message) => {
    const { secret } = await projectWithKey();
    const response = await callRoute(GET, { url: `/api/links/count${query}`, secret });
    expect(response.status).toBe(422);
    expect((response.body as { error: { message: string } }).error.message).toContain(message);
  });
});
