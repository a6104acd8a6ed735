import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { GET } from "../route";
import { POST } from "./route";

setupTestDatabase();

const bulk = (secret: string, body: unknown) =>
  callRoute(POST, { url: "/api/links/bulk", method: "POST", secret, body });

describe("POST /api/links/bulk", () => {
  it("creates up to 100 links and answers them in order", async () => {
    const { secret } = await projectWithKey();
    const body = Array.from({ length: 100 }, (_, n) => ({ url: `https://example.com/${n}` }));
    const response = await bulk(secret, body);
    expect(response.status).toBe(200);
    const links = response.body as { url: string; key: string }[];
    expect(links.map((link) => link.url)).toEqual(body.map((link) => link.url));
    expect(new Set(links.map((link) => link.key)).size).toBe(100);
  });

  it("answers 422 for more than 100 links, and for an invalid item naming its field", async () => {
    const { secret } = await projectWithKey();
    const tooMany = await bulk(
      secret,
      Array.from({ length: 101 }, () => ({ url: "https://example.com" })),
    );
    expect(tooMany.status).toBe(422);
    expect(JSON.stringify(tooMany.body)).toContain("at most 100");
    const invalid = await bulk(secret, [{ url: "https://example.com" }, { url: "nope nope" }]);
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body)).toContain("'1.url'");
    expect((await bulk(secret, { url: "https://example.com" })).status).toBe(422);
  });

  it("reports a refused item in its place and still creates the others", async () => {
    const { secret } = await projectWithKey();
    const key = unique("bulk");
    const response = await bulk(secret, [
      { url: "https://example.com/1", key },
      { url: "https://example.com/2", key },
      { url: "https://example.com/3", domain: "not-mine.example" },
      { url: "https://example.com/4" },
    ]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject([
      { key, url: "https://example.com/1" },
      { code: "conflict", error: "A link with this domain and key already exists.", link: { key } },
      { code: "unprocessable_entity", error: "Domain 'not-mine.example' does not belong to this project." },
      { url: "https://example.com/4" },
    ]);
    const listed = await callRoute(GET, { url: "/api/links", secret });
    expect((listed.body as unknown[]).length).toBe(2);
  });
});
