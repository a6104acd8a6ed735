import { callRoute, projectWithKey } from "@/test/api";
import { insertClicks, insertDomain, insertLink, insertTag } from "@/test/short-link-fixtures";
import { GET } from "./route";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const ago = (ms: number) => new Date(Date.now() - ms);

export const analytics = (secret: string, query: Record<string, string> = {}) =>
  callRoute(GET, { url: `/api/analytics?${new URLSearchParams(query)}`, secret });

/** A project with two links and clicks of known devices, browsers, countries and referers in the last day. */
export async function projectWithClicks() {
  const owner = await projectWithKey();
  const domain = await insertDomain(owner.project.id);
  const home = await insertLink(owner.project.id, { url: "https://example.com/home", title: "Home" });
  const promo = await insertLink(owner.project.id, { domain: domain.slug, url: "https://example.com/promo" });
  const recent = ago(HOUR);
  await insertClicks(home, [
    {
      timestamp: recent,
      country: "US",
      device: "Desktop",
      browser: "Chrome",
      os: "Windows",
      referer: "google.com",
    },
    {
      timestamp: recent,
      country: "US",
      device: "Mobile",
      browser: "Safari",
      os: "iOS",
      referer: "google.com",
    },
    { timestamp: recent, country: "DE", device: "Mobile", browser: "Safari", os: "iOS" },
    { timestamp: recent },
    { timestamp: ago(3 * DAY), country: "FR" },
    { timestamp: ago(400 * DAY), country: "FR" },
  ]);
  await insertClicks(promo, [{ timestamp: recent, country: "US", device: "Desktop", referer: "t.co" }]);
  return { ...owner, domain, home, promo };
}

export type Fixture = Awaited<ReturnType<typeof projectWithClicks>>;

/** A project whose four recent clicks differ in place, trigger, referring URL, link, tag and UTM source. */
export async function projectWithPlacedClicks() {
  const owner = await projectWithKey();
  const domain = await insertDomain(owner.project.id);
  const home = await insertLink(owner.project.id, {
    url: "https://example.com/home?ref=a",
    utmSource: "news",
    utmMedium: "email",
  });
  const promo = await insertLink(owner.project.id, {
    domain: domain.slug,
    url: "https://example.com/promo#x",
  });
  const tag = await insertTag(owner.project.id, home, { name: "Launch", color: "blue" });
  const google = { referer: "google.com" };
  await insertClicks(home, [
    {
      ...{ country: "US", region: "US-CA", city: "San Francisco", continent: "NA", trigger: "qr" },
      ...{ ...google, refererUrl: "https://www.google.com/search" },
    },
    {
      ...{ country: "US", region: "US-CA", city: "Los Angeles", continent: "NA" },
      ...{ ...google, refererUrl: "https://google.com/" },
    },
    { country: "DE", region: "DE-BE", city: "Berlin", continent: "EU" },
  ]);
  await insertClicks(promo, [{ trigger: "qr", referer: "t.co", refererUrl: "https://t.co/abc" }]);
  return { ...owner, domain, home, promo, tag };
}
