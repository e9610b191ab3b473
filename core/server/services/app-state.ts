import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecentWorkspace } from '../../contract/models';

interface AppState {
  recent: Omit<RecentWorkspace, 'exists'>[];
}

const MAX_RECENT = 10;

/** App-level state outside any workspace (recent files), kept as a small JSON file in the data folder. */
export class AppStateStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'app-state.json');
  }

  recent(): RecentWorkspace[] {
    return this.read().recent.map((item) => ({ ...item, exists: existsSync(item.path) }));
  }

  remember(entry: Omit<RecentWorkspace, 'exists' | 'openedAt'>): void {
    const state = this.read();
    const others = state.recent.filter((item) => item.path !== entry.path);
    state.recent = [{ ...entry, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_RECENT);
    this.write(state);
  }

  private read(): AppState {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<AppState>;
      return { recent: Array.isArray(parsed.recent) ? parsed.recent : [] };
    } catch {
      return { recent: [] };
    }
  }

  /** Written to a temporary file and renamed, so a crash never leaves half a file. */
  private write(state: AppState): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(state, null, 2));
    renameSync(temp, this.file);
  }
}
