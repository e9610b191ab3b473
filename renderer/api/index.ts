import { createClient } from '../../core/contract/client';
import { ApiError } from '../../core/contract/errors';
import type { DesktopBridge } from './bridge';
import { httpTransport } from './http';
import { t } from '../i18n';

const bridge: DesktopBridge | undefined = window.api;

/** The one client of the contract, over Electron IPC when the preload is present, else loopback HTTP. */
export const api = createClient(bridge ?? httpTransport());

/** Native file dialogs exist only in the desktop shell; elsewhere the UI asks for a path as text. */
export const fileDialogs: Omit<DesktopBridge, 'call' | 'subscribe'> | null = bridge
  ? {
      pickWorkspaceToOpen: () => bridge.pickWorkspaceToOpen(),
      pickWorkspaceToSave: (name) => bridge.pickWorkspaceToSave(name),
      pickFileToImport: () => bridge.pickFileToImport(),
      pickSavePath: (name, extension) => bridge.pickSavePath(name, extension),
      pickPackageToOpen: () => bridge.pickPackageToOpen(),
    }
  : null;

/** Someone saved the record since it was loaded: the shown values are stale and must be reloaded. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : t('error.unexpected');
}
