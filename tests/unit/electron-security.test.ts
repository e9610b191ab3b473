import { join, resolve, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  buildCsp,
  clampWindowState,
  contentTypeFor,
  isAllowedExternalUrl,
  isTrustedSender,
  parseRpcPayload,
  resolveAppPath,
  withWorkspaceExtension,
  workspaceFileName,
} from '../../electron/main/security';

// updater.ts imports electron only for app/net; its pure parts are tested without the binary.
vi.mock('electron', () => ({ app: {}, net: {} }));
const { updaterDisabledReason, validUpdateUrl } = await import('../../electron/main/updater');

describe('buildCsp', () => {
  it('is exactly the CSP of the architecture', () => {
    expect(buildCsp()).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src blob:",
    );
  });
  it('never allows eval or remote origins', () => {
    expect(buildCsp()).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://kemensos.go.id/',
    'https://dtks.kemensos.go.id/login',
    'https://www.bps.go.id/id/statistics-table',
    'https://github.com/verivali/verivali-desktop/releases',
    'https://github.com/verivali/verivali-desktop/releases/tag/v1.2.0',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://kemensos.go.id/'],
    ['look-alike host', 'https://evilkemensos.go.id/'],
    ['allowlisted name as subdomain of another host', 'https://kemensos.go.id.evil.com/'],
    ['credentials in URL', 'https://user:pw@kemensos.go.id/'],
    ['explicit port', 'https://kemensos.go.id:8443/'],
    ['github outside releases', 'https://github.com/verivali/verivali-desktop/issues'],
    ['github root', 'https://github.com/'],
    ['gist', 'https://gist.github.com/x/releases'],
    ['file URL', 'file:///etc/passwd'],
    ['javascript URL', 'javascript:alert(1)'],
    ['app URL', 'app://verivali/index.html'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('denies %s', (_label, url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('accepts the top frame at the app origin', () => {
    expect(isTrustedSender({ frameUrl: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ frameUrl: 'app://verivali/index.html#/keluarga', isMainFrame: true })).toBe(true);
  });
  it.each([
    ['a subframe of the app', { frameUrl: APP_ENTRY_URL, isMainFrame: false }],
    ['another app:// host', { frameUrl: 'app://evil/index.html', isMainFrame: true }],
    ['an app origin with a port', { frameUrl: 'app://verivali:1234/index.html', isMainFrame: true }],
    ['credentials before the host', { frameUrl: 'app://verivali@evil/index.html', isMainFrame: true }],
    ['a web page', { frameUrl: 'https://kemensos.go.id/', isMainFrame: true }],
    ['a file page', { frameUrl: 'file:///tmp/index.html', isMainFrame: true }],
    ['a dev server', { frameUrl: 'http://localhost:5173/', isMainFrame: true }],
    ['a destroyed frame', { frameUrl: null, isMainFrame: true }],
    ['no URL', { frameUrl: undefined, isMainFrame: true }],
    ['about:blank', { frameUrl: 'about:blank', isMainFrame: true }],
  ])('rejects %s', (_label, sender) => expect(isTrustedSender(sender)).toBe(false));
});

describe('resolveAppPath', () => {
  const root = resolve('/srv/verivali/out/renderer');

  it('maps the origin root to index.html', () => {
    expect(resolveAppPath(root, 'app://verivali/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://verivali')).toBe(join(root, 'index.html'));
  });
  it('maps nested assets, ignoring query and hash', () => {
    expect(resolveAppPath(root, 'app://verivali/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://verivali/fonts/Inter%20Var.woff2')).toBe(join(root, 'fonts', 'Inter Var.woff2'));
  });
  it('always stays inside the root', () => {
    const result = resolveAppPath(root, 'app://verivali/index.html');
    expect(result?.startsWith(root + sep)).toBe(true);
  });
  it.each([
    'app://verivali/../../etc/passwd',
    'app://verivali/assets/../../../etc/passwd',
    'app://verivali/%2e%2e/%2e%2e/etc/passwd',
    'app://verivali/%2E%2E/secret',
    'app://verivali/.%2e/secret',
    'app://verivali/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://verivali/..%2fsecret',
    'app://verivali/..%5csecret',
    'app://verivali/assets\\..\\..\\secret',
    'app://verivali/%5c%5cserver%5cshare',
    'app://verivali//etc/passwd',
    'app://verivali/%2fetc%2fpasswd',
    'app://verivali/C:/Windows/win.ini',
    'app://verivali/C%3A%5CWindows%5Cwin.ini',
    'app://verivali/index.html%00.png',
    'app://verivali/./index.html',
    'app://verivali/%E0%A4%A',
    'app://other/index.html',
    'app://verivali:8080/index.html',
    'app://user@verivali/index.html',
    'file:///etc/passwd',
    'https://verivali/index.html',
    '/etc/passwd',
    '',
  ])('rejects %s', (url) => expect(resolveAppPath(root, url)).toBeNull());
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/app.JS', 'text/javascript; charset=utf-8'],
    ['x.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});

describe('clampWindowState', () => {
  const primary = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const right = { workArea: { x: 1920, y: 0, width: 1280, height: 984 } };

  it('keeps a window that fits on a display', () => {
    expect(clampWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: true }, [primary])).toEqual({
      x: 100, y: 50, width: 1200, height: 800, maximized: true,
    });
  });
  it('keeps a window on a secondary display', () => {
    expect(clampWindowState({ x: 2000, y: 20, width: 1000, height: 700, maximized: false }, [primary, right])).toEqual({
      x: 2000, y: 20, width: 1000, height: 700, maximized: false,
    });
  });
  it('drops the position of a window on a display that is gone, so it is centred on the primary', () => {
    expect(clampWindowState({ x: 2000, y: 20, width: 1000, height: 700, maximized: false }, [primary])).toEqual({
      width: 1000, height: 700, maximized: false,
    });
  });
  it('drops the position of a window far off-screen (negative coordinates)', () => {
    expect(clampWindowState({ x: -5000, y: -5000, width: 1000, height: 700 }, [primary])).toEqual({
      width: 1000, height: 700, maximized: false,
    });
  });
  it('pulls a mostly visible window fully onto its display', () => {
    expect(clampWindowState({ x: 1500, y: 900, width: 1000, height: 700 }, [primary])).toEqual({
      x: 920, y: 340, width: 1000, height: 700, maximized: false,
    });
  });
  it('shrinks an oversized window to the work area', () => {
    expect(clampWindowState({ x: 0, y: 0, width: 5000, height: 3000 }, [primary, right])).toEqual({
      x: 0, y: 0, width: 1920, height: 1040, maximized: false,
    });
  });
  it('enforces the minimum size', () => {
    const state = clampWindowState({ x: 10, y: 10, width: 10, height: 10 }, [primary]);
    expect(state.width).toBe(900);
    expect(state.height).toBe(600);
  });
  it('falls back to defaults for missing or corrupt state', () => {
    for (const saved of [null, undefined, 'x', 42, [], { width: 'big', height: NaN, x: Infinity, y: 3 }]) {
      expect(clampWindowState(saved, [primary])).toEqual({ width: 1280, height: 800, maximized: false });
    }
  });
  it('never exceeds a small display', () => {
    const small = { workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(clampWindowState({ x: 0, y: 0, width: 1280, height: 800 }, [small])).toEqual({
      x: 0, y: 0, width: 800, height: 560, maximized: false,
    });
  });
  it('works without any display information', () => {
    expect(clampWindowState({ x: 5, y: 5, width: 1000, height: 700 }, [])).toEqual({ width: 1000, height: 700, maximized: false });
  });
  it('rounds fractional values from scaled displays', () => {
    expect(clampWindowState({ x: 10.4, y: 10.6, width: 1000.5, height: 700.2 }, [primary])).toEqual({
      x: 10, y: 11, width: 1001, height: 700, maximized: false,
    });
  });
});

describe('parseRpcPayload', () => {
  it('accepts {method, input}', () => {
    expect(parseRpcPayload({ method: 'records.update', input: { id: 1 } })).toEqual({ method: 'records.update', input: { id: 1 } });
    expect(parseRpcPayload({ method: 'app.info' })).toEqual({ method: 'app.info', input: undefined });
  });
  it.each([
    ['null', null],
    ['a string', 'app.info'],
    ['an array', ['app.info', {}]],
    ['no method', { input: {} }],
    ['a non-string method', { method: 42, input: {} }],
    ['an empty method', { method: '', input: {} }],
    ['a method with odd characters', { method: '__proto__.constructor', input: {} }],
    ['a method with spaces', { method: 'app info', input: {} }],
    ['a very long method', { method: 'a'.repeat(101), input: {} }],
    ['extra keys', { method: 'app.info', input: {}, sender: 'x' }],
  ])('rejects %s', (_label, payload) => expect(parseRpcPayload(payload)).toBeNull());
});

describe('workspace file names', () => {
  it('builds a bare .verivali file name', () => {
    expect(workspaceFileName('Verval Kab. Bogor 2025')).toBe('Verval Kab. Bogor 2025.verivali');
    expect(workspaceFileName('data.verivali')).toBe('data.verivali');
  });
  it('strips folders and reserved characters', () => {
    expect(workspaceFileName('../../etc/passwd')).toBe('etc passwd.verivali');
    expect(workspaceFileName('C:\\Users\\x\\a<b>|c')).toBe('C Users x a b c.verivali');
    expect(workspaceFileName('a\u0000b')).toBe('a b.verivali');
  });
  it('falls back to "workspace"', () => {
    for (const name of ['', '   ', '...', null, 42]) expect(workspaceFileName(name)).toBe('workspace.verivali');
  });
  it('caps the length', () => {
    expect(workspaceFileName('x'.repeat(500)).length).toBe(100 + '.verivali'.length);
  });
  it('adds the extension when the dialog did not', () => {
    expect(withWorkspaceExtension('/home/a/data')).toBe('/home/a/data.verivali');
    expect(withWorkspaceExtension('/home/a/data.VERIVALI')).toBe('/home/a/data.VERIVALI');
  });
});

describe('updater switches', () => {
  it('is off when unpackaged, on CI, under test, or portable', () => {
    expect(updaterDisabledReason({}, false)).toBe('not packaged');
    expect(updaterDisabledReason({ CI: 'true' }, true)).toBe('CI');
    expect(updaterDisabledReason({ VERIVALI_TEST: '1' }, true)).toBe('test run');
    expect(updaterDisabledReason({ PORTABLE_EXECUTABLE_DIR: 'D:\\' }, true)).toBe('portable build');
    expect(updaterDisabledReason({}, true)).toBeNull();
  });
  it('accepts only https update URLs', () => {
    expect(validUpdateUrl(' https://updates.example.go.id/verivali ')).toBe('https://updates.example.go.id/verivali');
    for (const bad of ['http://x.go.id/', 'file:///c:/updates', 'https://u:p@x.go.id/', 'nope', '', 42, null]) {
      expect(validUpdateUrl(bad)).toBeNull();
    }
  });
});
