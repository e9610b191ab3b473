import { app, shell, type Session, type WebContents } from 'electron';
import { logTechnical } from './log';
import { isAllowedExternalUrl } from './security';

/** The one way a link leaves the app: allowlisted https URLs, opened in the system browser. */
export function openExternalSafely(url: string): boolean {
  if (!isAllowedExternalUrl(url)) {
    logTechnical('guards', 'blocked external URL (not allowlisted)');
    return false;
  }
  shell.openExternal(url).catch((error: unknown) => logTechnical('guards', 'openExternal failed', error));
  return true;
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalSafely(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Every web contents ever created (including ones we did not ask for) gets the same guards. */
export function installContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

/** No web permission is ever granted: the app needs none, and a prompt would only confuse users. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
