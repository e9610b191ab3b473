import { extname, isAbsolute, relative, resolve } from 'node:path';

/** Pure helpers of the shell. No electron import: Electron objects are reduced to plain data by the caller. */

export const APP_SCHEME = 'app';
export const APP_HOST = 'verivali';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CSP_DIRECTIVES: readonly (readonly [string, string])[] = Object.freeze([
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // Evidence PDFs are shown from blob URLs made of the stored file (never from the network).
  ['frame-src', 'blob:'],
] as const);

export function buildCsp(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Exact hosts, or parents whose subdomains are allowed too. Keep this list short. */
const EXTERNAL_HOSTS: readonly string[] = Object.freeze(['kemensos.go.id', 'bps.go.id']);
const GITHUB_RELEASES = /^\/[\w.-]+\/[\w.-]+\/releases(\/|$)/;

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  if (host === 'github.com') return GITHUB_RELEASES.test(parsed.pathname);
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

function isAppUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Only the top frame of our own page may talk to the backend. */
export function isTrustedSender(sender: { frameUrl: string | null | undefined; isMainFrame: boolean }): boolean {
  return sender.isMainFrame === true && typeof sender.frameUrl === 'string' && isAppUrl(sender.frameUrl);
}

/**
 * Maps an app:// request to a file under rootDir. Returns null for anything that is not a plain
 * relative path: `..` (raw or encoded), encoded slashes, backslashes, NUL, drive letters, other hosts.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  // The URL parser already folds `..`; look at the raw text too so traversal is refused, not rewritten.
  const raw = requestUrl.slice(requestUrl.indexOf(APP_HOST) + APP_HOST.length).split(/[?#]/)[0] ?? '';
  if (/\\|%5c|%2f|%00|\0/i.test(raw) || /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(raw)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (!pathname.startsWith('/') || pathname.includes('//') || /[\\\0:]/.test(pathname)) return null;
  const segments = pathname.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  const root = resolve(rootDir);
  const target = resolve(root, ...segments);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
}

const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
});

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = Object.freeze({ width: 1280, height: 800 });
export const MIN_WINDOW_SIZE = Object.freeze({ width: 900, height: 600 });
/** How much of a window must be on a display to count as visible (enough to grab the title bar). */
const MIN_VISIBLE = Object.freeze({ width: 120, height: 40 });

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Makes a saved window state safe to restore: sizes within the display, position on a visible
 * display (dropped, so the window is centred, when its display is gone). `displays[0]` is primary.
 */
export function clampWindowState(saved: unknown, displays: readonly { workArea: Rect }[]): WindowState {
  const s = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<Record<keyof WindowState, unknown>>;
  let width = finite(s.width) ? Math.round(s.width) : DEFAULT_WINDOW_SIZE.width;
  let height = finite(s.height) ? Math.round(s.height) : DEFAULT_WINDOW_SIZE.height;
  const maximized = s.maximized === true;
  width = Math.max(width, MIN_WINDOW_SIZE.width);
  height = Math.max(height, MIN_WINDOW_SIZE.height);

  const hasPosition = finite(s.x) && finite(s.y);
  const rect: Rect | null = hasPosition ? { x: Math.round(s.x as number), y: Math.round(s.y as number), width, height } : null;
  let target = displays[0]?.workArea;
  let visible = false;
  if (rect) {
    let best = 0;
    for (const { workArea } of displays) {
      const o = overlap(rect, workArea);
      if (o.width >= Math.min(MIN_VISIBLE.width, width) && o.height >= Math.min(MIN_VISIBLE.height, height) && o.width * o.height > best) {
        best = o.width * o.height;
        target = workArea;
        visible = true;
      }
    }
  }
  if (!target) return { width, height, maximized };

  width = Math.min(width, target.width);
  height = Math.min(height, target.height);
  if (!rect || !visible) return { width, height, maximized };
  const x = Math.min(Math.max(rect.x, target.x), target.x + target.width - width);
  const y = Math.min(Math.max(rect.y, target.y), target.y + target.height - height);
  return { x, y, width, height, maximized };
}

/** The rpc payload from the renderer: `{method, input}` and nothing else. */
export function parseRpcPayload(payload: unknown): { method: string; input: unknown } | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const keys = Object.keys(payload);
  if (!keys.includes('method') || keys.some((k) => k !== 'method' && k !== 'input')) return null;
  const { method, input } = payload as { method: unknown; input?: unknown };
  if (typeof method !== 'string' || !/^[a-zA-Z][\w]*(\.[a-zA-Z][\w]*)*$/.test(method) || method.length > 100) return null;
  return { method, input };
}

export const WORKSPACE_EXTENSION = 'verivali';

/** A bare file name for the save dialog: no folders, no control or reserved characters. */
export function workspaceFileName(defaultName: unknown): string {
  const base = typeof defaultName === 'string' ? defaultName : '';
  const RESERVED = '\\/:*?"<>|';
  // Leading dots would hide the file; trailing dots and spaces are invalid on Windows.
  const cleaned = Array.from(base, (ch) => (ch.charCodeAt(0) < 32 || RESERVED.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`\\.${WORKSPACE_EXTENSION}\\s*$`, 'i'), '')
    .replace(/^[.\s]+/, '')
    .slice(0, 100)
    .replace(/[.\s]+$/, '');
  return `${cleaned || 'workspace'}.${WORKSPACE_EXTENSION}`;
}

/** Some platforms' save dialogs do not append the filter's extension. */
export function withWorkspaceExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(`.${WORKSPACE_EXTENSION}`) ? filePath : `${filePath}.${WORKSPACE_EXTENSION}`;
}
