import { fieldByKey } from '../../domain/catalogue';
import { ApiError } from '../../contract/errors';
import type { Sqlite } from '../../../db/open';

const TABLES: Record<string, string> = { family: 'families', member: 'members', household: 'households' };

/** The user's decision on one import conflict: take the file's value, or keep the local edit. Audited either way. */
export function resolveConflict(db: Sqlite, conflictId: number, take: 'file' | 'local', userId: number): boolean {
  return db.transaction(() => {
    const conflict = db.prepare(`SELECT * FROM import_conflicts WHERE id = ?`).get(conflictId) as
      | { id: number; import_id: number; entity: string; entity_id: number; field: string; local_value: string | null; file_value: string | null; status: string }
      | undefined;
    if (!conflict) throw new ApiError('NOT_FOUND', `Konflik impor ${conflictId} tidak ditemukan.`);
    if (conflict.status !== 'terbuka') return false;
    const now = new Date().toISOString();
    const table = TABLES[conflict.entity];
    const field = fieldByKey(conflict.field);
    if (!table || !field) throw new ApiError('INVALID_INPUT', `Konflik impor ${conflictId} merujuk kolom yang tidak dikenal.`);
    if (take === 'file') {
      db.prepare(`UPDATE ${table} SET ${field.column} = ?, version = version + 1, updated_at = ? WHERE id = ?`).run(conflict.file_value, now, conflict.entity_id);
    }
    db.prepare(`UPDATE import_conflicts SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ?`).run(take === 'file' ? 'pakai_berkas' : 'pakai_lokal', now, userId, conflictId);
    db.prepare('INSERT INTO audit_log (at, user_id, action, entity, entity_id, field, old_value, new_value, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      now, userId, take === 'file' ? 'conflict_take_file' : 'conflict_keep_local', conflict.entity, conflict.entity_id, conflict.field,
      conflict.local_value, take === 'file' ? conflict.file_value : conflict.local_value, conflict.import_id,
    );
    return true;
  }).immediate();
}
