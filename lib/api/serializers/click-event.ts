import { DIRECT, UNKNOWN } from "@/db/queries/click-filters";
import type { LinkWithTags } from "@/db/queries/links";
import type { Click } from "@/db/schema";
import type { ClickEvent } from "@/lib/api/schemas/events";
import { type LinkSite, serializeLink } from "./link";

/** A stored click and its link as Dub's ClickEvent; a missing value is the label analytics answer with. */
export function serializeClickEvent(click: Click, link: LinkWithTags, site: LinkSite): ClickEvent {
  const timestamp = click.timestamp.toISOString();
  const location = {
    continent: click.continent ?? UNKNOWN,
    country: click.country ?? UNKNOWN,
    city: click.city ?? UNKNOWN,
    device: click.device ?? UNKNOWN,
    browser: click.browser ?? UNKNOWN,
    os: click.os ?? UNKNOWN,
  };
  const qr = click.trigger === "qr";
  return {
    event: "click",
    timestamp,
    click: {
      id: click.id,
      timestamp,
      url: link.url,
      ...location,
      region: click.region ?? UNKNOWN,
      ua: null,
      trigger: click.trigger,
      referer: click.referer ?? DIRECT,
      refererUrl: click.refererUrl ?? DIRECT,
      qr,
      ip: "",
    },
    link: serializeLink(link, site),
    click_id: click.id,
    link_id: link.id,
    domain: link.domain,
    key: link.key,
    url: link.url,
    ...location,
    qr: qr ? 1 : 0,
    ip: "",
  };
}
