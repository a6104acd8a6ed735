// The http(s) check that the link and domain schemas share; each keeps its own length, scheme and "" rules.

/** `value` parsed when it is an absolute http(s) URL, else null. */
export const parseHttpUrl = (value: string): URL | null => {
  const parsed = URL.canParse(value) ? new URL(value) : null;
  return parsed && /^https?:$/.test(parsed.protocol) ? parsed : null;
};
