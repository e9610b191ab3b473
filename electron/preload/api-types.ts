export type { DesktopBridge as VerivaliApi } from '../../core/contract/shell';
