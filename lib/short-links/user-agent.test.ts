import { describe, expect, it } from "vitest";
import { parseUserAgent } from "./user-agent";

describe("parseUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
      { device: "Desktop", browser: "Chrome", os: "Windows", isBot: false },
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
      { device: "Desktop", browser: "Safari", os: "macOS", isBot: false },
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      { device: "Mobile", browser: "Safari", os: "iOS", isBot: false },
    ],
    [
      "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      { device: "Tablet", browser: "Safari", os: "iOS", isBot: false },
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
      { device: "Mobile", browser: "Chrome", os: "Android", isBot: false },
    ],
    [
      "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
      { device: "Desktop", browser: "Firefox", os: "Linux", isBot: false },
    ],
    [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      { device: "Bot", isBot: true },
    ],
    ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", { device: "Bot", isBot: true }],
    ["curl/8.4.0", { device: null, browser: null, os: null, isBot: false }],
    ["", { device: null, browser: null, os: null, isBot: false }],
    [null, { device: null, browser: null, os: null, isBot: false }],
  ])("%j", (userAgent, expected) => {
    expect(parseUserAgent(userAgent)).toMatchObject(expected);
  });
});
