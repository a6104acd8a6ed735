import { ClickEvent$inboundSchema } from "dub/models/operations";
import { describe, expect, it } from "vitest";
import { eventsResponseSchema } from "@/lib/api/schemas/events";
import { callRoute, projectWithKey } from "@/test/api";
import { setupTestDatabase, unique } from "@/test/database";
import { dubClient } from "@/test/dub-client";
import { insertClicks, insertLink } from "@/test/short-link-fixtures";
import { ago, HOUR } from "../analytics/test-fixtures";
import { GET } from "./route";

setupTestDatabase();

const events = (secret: string, query: Record<string, string> = {}) =>
  callRoute(GET, { url: `/api/events?${new URLSearchParams(query)}`, secret });
type Event = { click_id: string; link_id: string; qr: number; click: { trigger: string } };

/** A project with three clicks an hour apart (newest: a QR scan from Berlin), and another project's click. */
async function projectWithClickEvents() {
  const owner = await projectWithKey();
  const id = { old: unique("old"), mid: unique("mid"), new: unique("new") };
  const link = await insertLink(owner.project.id, { url: "https://example.com/a" });
  await insertClicks(link, [
    { id: id.old, timestamp: ago(3 * HOUR), referer: "t.co", refererUrl: "https://t.co/x" },
    { id: id.mid, timestamp: ago(2 * HOUR), country: "US", continent: "NA" },
    {
      ...{ id: id.new, timestamp: ago(HOUR), trigger: "qr", country: "DE", region: "DE-BE" },
      ...{ city: "Berlin", continent: "EU", device: "Mobile", browser: "Safari", os: "iOS" },
    },
  ]);
  const stranger = await projectWithKey();
  await insertClicks(await insertLink(stranger.project.id), [{ timestamp: ago(HOUR) }]);
  return { ...owner, link, id };
}

/** The fixture's names (`new`, `mid`, `old`) of the listed clicks, in order. */
const names = (body: unknown, id: Record<string, string>) =>
  (body as Event[]).map(
    (event) => Object.keys(id).find((name) => id[name] === event.click_id) ?? event.click_id,
  );

describe("GET /api/events", () => {
  it("lists the project's clicks newest first in Dub's ClickEvent shape, never another project's", async () => {
    const { secret, link, id } = await projectWithClickEvents();
    const response = await events(secret);
    expect(response.status).toBe(200);
    expect(names(response.body, id)).toEqual(["new", "mid", "old"]);
    eventsResponseSchema.parse(response.body);
    const [newest] = response.body as unknown[];
    expect(ClickEvent$inboundSchema.parse(newest)).toMatchObject({
      event: "click",
      clickId: id.new,
      linkId: link.id,
      url: "https://example.com/a",
      country: "DE",
      city: "Berlin",
      continent: "EU",
      qr: 1,
      ip: "",
      click: {
        trigger: "qr",
        qr: true,
        region: "DE-BE",
        referer: "(direct)",
        refererUrl: "(direct)",
        ip: "",
      },
      link: { id: link.id, url: "https://example.com/a", tags: [] },
    });
  });

  it.each([
    ["sortOrder=asc", { sortOrder: "asc" }, ["old", "mid", "new"]],
    ["the deprecated order=asc", { order: "asc" }, ["old", "mid", "new"]],
    ["page 1 of 2", { limit: "2" }, ["new", "mid"]],
    ["page 2 of 2", { limit: "2", page: "2" }, ["old"]],
    ["a page past the end", { limit: "2", page: "3" }, []],
    ["trigger", { trigger: "qr" }, ["new"]],
    ["qr=false", { qr: "false" }, ["mid", "old"]],
    ["continent", { continent: "NA" }, ["mid"]],
    ["referer", { referer: "www.t.co" }, ["old"]],
    ["start", { start: ago(2.5 * HOUR).toISOString() }, ["new", "mid"]],
  ])("orders, pages and filters: %s", async (_, query, expected) => {
    const { secret, id } = await projectWithClickEvents();
    const response = await events(secret, query);
    expect(response.status).toBe(200);
    expect(names(response.body, id)).toEqual(expected);
  });

  it.each([
    [{ event: "leads" }, "event"],
    [{ sortBy: "clicks" }, "sortBy"],
    [{ limit: "1001" }, "limit"],
    [{ page: "0" }, "page"],
    [{ customerId: "cus_1" }, "customerId"],
    [{ groupBy: "countries" }, "groupBy"],
  ])("answers 422 naming the field for %j", async (query, field) => {
    const { secret } = await projectWithKey();
    const response = await events(secret, query);
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain(`'${field}'`);
  });

  it("needs analytics.read", async () => {
    const { secret } = await projectWithKey(["links.read"]);
    const response = await events(secret);
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain("analytics.read");
  });

  it("works through the Dub SDK's events.list with its own response validation", async () => {
    const { secret, id } = await projectWithClickEvents();
    const listed = await dubClient(secret).events.list({ limit: 2, sortOrder: "desc", qr: true });
    expect(listed.map((event) => ("clickId" in event ? event.clickId : null))).toEqual([id.new]);
  });
});
