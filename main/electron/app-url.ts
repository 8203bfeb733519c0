/**
 * What counts as the app's own URL: app://casecoder/..., the only origin the window may show
 * and the only one allowed to call the services. Kept free of Electron so tests can run it.
 */
import { resolveStaticPath } from '../web/static-files.js';

export const APP_SCHEME = 'app';
const APP_HOST = 'casecoder';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The URL's path ('/index.html'), or null for any URL that is not the app's own. */
function appUrlPath(url: string): string | null {
  if (spellsDotSegment(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null;
  return parsed.pathname || '/';
}

export function isAppUrl(url: string): boolean {
  return appUrlPath(url) !== null;
}

/** The file inside root that an app URL names, or null when it names none. */
export function resolveAppFile(root: string, url: string): string | null {
  const path = appUrlPath(url);
  return path === null ? null : resolveStaticPath(root, path);
}

/**
 * Node parses app: as an opaque scheme and Chromium as a standard one, so they may disagree on
 * dot segments; a URL that spells one out (plainly or percent-encoded), or cannot be decoded,
 * is refused outright rather than trusted to either normaliser. Chromium's canonical URLs
 * never contain one.
 */
function spellsDotSegment(url: string): boolean {
  const beforeQuery = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(beforeQuery);
  } catch {
    return true;
  }
  return decoded.split(/[/\\]/).some((segment) => segment === '.' || segment === '..');
}
