import { type Continent, continentOf, isContinent } from "./continents";

/** Where the visitor was, as far as the proxy or CDN in front of the app said. */
export type ClickGeo = {
  country: string | null;
  /** ISO 3166-2 with its country: `US-CA`. */
  region: string | null;
  city: string | null;
  continent: Continent | null;
};

/** Each fact's headers in the order they are believed (Cloudflare, Vercel, then a generic one). */
export const GEO_HEADERS = {
  country: ["cf-ipcountry", "x-vercel-ip-country", "x-country-code"],
  region: ["cf-region-code", "x-vercel-ip-country-region", "x-region-code"],
  city: ["cf-ipcity", "x-vercel-ip-city", "x-city"],
  continent: ["cf-ipcontinent", "x-vercel-ip-continent", "x-continent-code"],
} as const;

export const NO_GEO: ClickGeo = { country: null, region: null, city: null, continent: null };

const first = (headers: Headers, names: readonly string[], read: (value: string) => string | null) => {
  for (const name of names) {
    const raw = headers.get(name)?.trim();
    const value = raw ? read(raw) : null;
    if (value) return value;
  }
  return null;
};

/** "XX" and "T1" are Cloudflare's unknown and Tor. */
const readCountry = (value: string) => {
  const code = value.toUpperCase();
  return /^[A-Z]{2}$/.test(code) && code !== "XX" && code !== "T1" ? code : null;
};

/** UTF-8 bytes that arrived as Latin-1 header text (`MalmÃ¶`), read as UTF-8 when they are valid UTF-8. */
function utf8(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value)) return value;
  const decoded = Buffer.from(value, "latin1").toString("utf8");
  return decoded.includes("\ufffd") ? value : decoded;
}

/** Vercel URL-encodes the city (`S%C3%A3o%20Paulo`); a city is short printable text or nothing. */
function readCity(value: string): string | null {
  let city: string;
  try {
    city = utf8(decodeURIComponent(value)).trim();
  } catch {
    return null;
  }
  return city.length > 0 && city.length <= 100 && !/[\p{Cc}\p{Cs}]/u.test(city) ? city : null;
}

/**
 * The visitor's location from geo headers. Only call this for a request from a trusted proxy (SPEC §11): a
 * client can send these headers itself. The continent is the header's, else the country's.
 */
export function geoFromHeaders(headers: Headers): ClickGeo {
  const country = first(headers, GEO_HEADERS.country, readCountry);
  const subdivision = first(headers, GEO_HEADERS.region, (value) => {
    const code = value.toUpperCase().replace(/^[A-Z]{2}-/, "");
    return /^[A-Z0-9]{1,3}$/.test(code) ? code : null;
  });
  const continent =
    first(headers, GEO_HEADERS.continent, (value) => {
      const code = value.toUpperCase();
      return isContinent(code) ? code : null;
    }) ?? continentOf(country);
  return {
    country,
    region: country && subdivision ? `${country}-${subdivision}` : null,
    city: first(headers, GEO_HEADERS.city, readCity),
    continent: continent as Continent | null,
  };
}
