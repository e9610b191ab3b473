import type { DesktopBridge } from '../../core/contract/shell';

export type { DesktopBridge };

declare global {
  interface Window {
    api?: DesktopBridge;
  }
}
