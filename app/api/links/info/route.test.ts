import { describe, expect, it } from "vitest";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { POST } from "../route";
import { GET } from "./route";

setupTestDatabase();

async function createLink(secret: string, body: Record<string, unknown>) {
  const response = await callRoute(POST, { url: "/api/links", method: "POST", secret, body });
  expect(response.status).toBe(200);
  return response.body as { id: string; key: string; domain: string };
}

const info = (secret: string, query: string) => callRoute(GET, { url: `/api/links/info${query}`, secret });

describe("GET /api/links/info", () => {
  it("finds a link by linkId, by externalId (with or without ext_), and by domain + key", async () => {
    const { secret } = await projectWithKey();
    const link = await createLink(secret, {
      url: "https://example.com",
      key: unique("info"),
      externalId: "ext-9",
    });
    const queries = [
      `?linkId=${link.id}`,
      "?externalId=ext-9",
      "?externalId=ext_ext-9",
      `?domain=${link.domain}&key=${link.key}`,
      `?domain=${link.domain.toUpperCase()}&key=${link.key}`,
      `?key=${link.key}`,
    ];
    for (const query of queries) {
      const response = await info(secret, query);
      expect(response.status, query).toBe(200);
      expect(response.body).toMatchObject({ id: link.id });
    }
  });

  it("answers 404 for an unknown link and for another project's link", async () => {
    const { secret } = await projectWithKey();
    const other = await projectWithKey();
    const theirs = await createLink(other.secret, { url: "https://example.com", externalId: "theirs" });
    for (const query of [
      `?linkId=${theirs.id}`,
      "?externalId=theirs",
      `?domain=${theirs.domain}&key=${theirs.key}`,
      "?linkId=link_nope",
    ]) {
      const response = await info(secret, query);
      expect(response.status, query).toBe(404);
      expect(response.body).toMatchObject({ error: { code: "not_found" } });
    }
  });

  it("answers 422 when no lookup is given", async () => {
    const { secret } = await projectWithKey();
    for (const query of ["", "?domain=localhost:3000", "?linkId=nul%00"]) {
      const response = await info(secret, query);
      expect(response.status, query).toBe(422);
    }
    expect(JSON.stringify((await info(secret, "")).body)).toContain("linkId");
  });

  it("answers 422 naming an unknown parameter rather than ignoring it", async () => {
    const { secret, project } = await projectWithKey();
    const link = await createLink(secret, { url: "https://example.com" });
    const response = await info(secret, `?linkId=${link.id}&url=https://example.com`);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: { message: "Unknown query parameter 'url'" } });
    // projectSlug and workspaceId are the key check's, on every key route: known, never refused as unknown.
    expect((await info(secret, `?linkId=${link.id}&projectSlug=${project.slug}`)).status).toBe(200);
    expect((await info(secret, `?linkId=${link.id}&workspaceId=${project.id}`)).status).toBe(200);
  });
});
