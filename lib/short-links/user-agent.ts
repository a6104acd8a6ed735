import Bowser from "bowser";

export type UserAgentDetails = {
  /** "Desktop", "Mobile", "Tablet", "TV" or "Bot"; null when the agent names no platform (curl, scripts). */
  device: string | null;
  browser: string | null;
  os: string | null;
  isBot: boolean;
};

const DEVICES: Record<string, string> = {
  desktop: "Desktop",
  mobile: "Mobile",
  tablet: "Tablet",
  tv: "TV",
  bot: "Bot",
};

/** Device, browser and OS names of a User-Agent header, as bowser reads them. */
export function parseUserAgent(userAgent: string | null): UserAgentDetails {
  const agent = userAgent?.trim().slice(0, 1000);
  // bowser refuses an empty string; an agent without one is nothing it could name.
  if (!agent) return { device: null, browser: null, os: null, isBot: false };
  const parsed = Bowser.parse(agent);
  const platform = parsed.platform.type;
  return {
    device: (platform && DEVICES[platform]) || null,
    browser: parsed.browser.name || null,
    os: parsed.os.name || null,
    isBot: platform === "bot",
  };
}
