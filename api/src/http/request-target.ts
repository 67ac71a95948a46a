/**
 * The request target as a URL on a fixed origin, or undefined when it is not one we serve (answer
 * 400). `new URL(req.url, base)` would throw on `//` or `http://` and read `//host/path` as a host
 * name; here origin-form (`/path?query`) is always a path, and absolute-form
 * (`http://host/path`, RFC 9112 §3.2.2) counts for its path and query only.
 */
export function requestTarget(raw: string | undefined): URL | undefined {
  const target = raw ?? '/';
  try {
    if (target.startsWith('/')) return new URL(`http://localhost${target}`);
    if (/^https?:\/\//i.test(target)) {
      const absolute = new URL(target);
      return new URL(`http://localhost${absolute.pathname}${absolute.search}`);
    }
  } catch {
    // not a URL at all
  }
  return undefined;
}
