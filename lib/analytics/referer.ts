/** A hostname as clicks store it and the `referer` filter matches it: lower case, without a leading `www.`. */
export const normalizeRefererHost = (host: string) => host.toLowerCase().replace(/^www\./, "");

function refererUrlOf(referer: string | null | undefined): URL | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.hostname && url.hostname.length <= 253 ? url : null;
  } catch {
    return null;
  }
}

/**
 * What a click keeps of its referring page: the host without `www.` (`google.com`) and the URL without its
 * query string, fragment or credentials (`https://www.google.com/search`). Dub keeps the full URL; a query
 * string often carries search terms, session ids or reset tokens of someone else's site, so it is never stored.
 */
export function refererDetails(referer: string | null | undefined): {
  referer: string | null;
  refererUrl: string | null;
} {
  const url = refererUrlOf(referer);
  if (!url) return { referer: null, refererUrl: null };
  const refererUrl = `${url.protocol}//${url.host}${url.pathname}`;
  return {
    referer: normalizeRefererHost(url.hostname),
    refererUrl: refererUrl.length <= 2000 ? refererUrl : `${url.protocol}//${url.host}/`,
  };
}
