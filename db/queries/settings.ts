import type { Sqlite } from '../open';
import { appendAudit } from './audit';

/** A workspace setting's stored text (JSON for structured settings); undefined when it was never set. */
export function readSetting(db: Sqlite, key: string): string | undefined {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

/** Replaces a setting (null: removes it, back to the default) in one transaction, audited with the old and new text. */
export function writeSetting(db: Sqlite, user: { id: number; role: string }, key: string, value: string | null): void {
  db.transaction(() => {
    const old = readSetting(db, key);
    if ((old ?? null) === value) return;
    if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
    else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
    appendAudit(db, { userId: user.id, role: user.role, action: 'setting-update', entity: 'workspace', entityId: 0, field: key, oldValue: old ?? null, newValue: value });
  }).immediate();
}
