// Helpers of the /api/links route tests.
import { expect } from "vitest";
import { db } from "@/db";
import { tags } from "@/db/schema";
import { createId } from "@/lib/ids";
import { callRoute } from "@/test/api";
import { GET, POST } from "./route";

export type LinkBody = Record<string, unknown> & { id: string; key: string; domain: string };

/** SPEC §7's Link keys, plus those the Dub SDK's LinkSchema reads that SPEC leaves out. */
export const LINK_KEYS = [
  ...["id", "domain", "key", "url", "shortLink", "qrCode", "archived", "expiresAt", "expiredUrl", "password"],
  ...["externalId", "title", "description", "image", "video", "ios", "android", "geo", "proxy", "rewrite"],
  ...["doIndex", "trackConversion", "publicStats", "tagId", "tags", "comments", "utm_source", "utm_medium"],
  ...["utm_campaign", "utm_term", "utm_content", "userId", "projectId", "workspaceId", "webhookIds"],
  ...["tenantId", "programId", "partnerId", "folderId", "disabledAt", "clicks", "leads", "sales"],
  ...["saleAmount", "lastClicked", "createdAt", "updatedAt"],
  ...["testVariants", "testStartedAt", "testCompletedAt", "conversions"],
];

export async function create(secret: string, body: unknown) {
  return callRoute(POST, { url: "/api/links", method: "POST", secret, body });
}

export async function createOk(secret: string, body: Record<string, unknown>) {
  const response = await create(secret, body);
  expect(response.status).toBe(200);
  return response.body as LinkBody;
}

export async function list(secret: string, query = "") {
  const response = await callRoute(GET, { url: `/api/links${query}`, secret });
  expect(response.status).toBe(200);
  return response.body as LinkBody[];
}

export async function addTag(projectId: string, name: string) {
  const id = createId("tag");
  await db.insert(tags).values({ id, projectId, name, color: "blue" });
  return id;
}
