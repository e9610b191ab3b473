import type { GridState, GridViewName } from '../../core/contract/grid-methods';
import type { Sqlite } from '../open';

const LAYOUT = '';

export function listGridViews(db: Sqlite, userId: number, view: GridViewName) {
  const rows = db.prepare('SELECT name, state_json AS stateJson, updated_at AS updatedAt FROM grid_views WHERE user_id = ? AND grid = ? ORDER BY name COLLATE NOCASE')
    .all(userId, view) as { name: string; stateJson: string; updatedAt: string }[];
  const layout = rows.find((row) => row.name === LAYOUT);
  return {
    layout: layout ? (JSON.parse(layout.stateJson) as GridState) : null,
    saved: rows.filter((row) => row.name !== LAYOUT).map((row) => ({ name: row.name, state: JSON.parse(row.stateJson) as GridState, updatedAt: row.updatedAt })),
  };
}

/** Saves a named view, or the current layout when name is ''. */
export function saveGridView(db: Sqlite, userId: number, view: GridViewName, name: string, state: GridState): void {
  db.prepare(
    `INSERT INTO grid_views (user_id, grid, name, state_json, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id, grid, name) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at`,
  ).run(userId, view, name, JSON.stringify(state), new Date().toISOString());
}

export function deleteGridView(db: Sqlite, userId: number, view: GridViewName, name: string): boolean {
  return db.prepare('DELETE FROM grid_views WHERE user_id = ? AND grid = ? AND name = ?').run(userId, view, name).changes > 0;
}
