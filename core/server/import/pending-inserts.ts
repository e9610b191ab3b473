import type Database from 'better-sqlite3-multiple-ciphers';
import type { Sqlite } from '../../../db/open';
import type { FieldValue } from './rows';

/** ~40 columns x 64 rows stays far below SQLite's 32,766 bound parameters. */
const ROWS_PER_STATEMENT = 64;
const MEMBERS_AHEAD = 16 * ROWS_PER_STATEMENT;

type Statement = Database.Statement<unknown[]>;

/** New rows of one table with one column list, written many rows per INSERT. */
export class InsertGroup {
  /** Queued values, row after row: push one value per column, then call `added()`. */
  readonly buffer: FieldValue[] = [];
  private many: Statement | undefined;
  private one: Statement | undefined;
  rows = 0;

  /** `marks`: columns given the same named parameter in every row (`column: parameter`), bound from `markValues`. */
  constructor(
    private readonly db: Sqlite,
    readonly table: string,
    readonly columns: readonly string[],
    private readonly marks: Readonly<Record<string, string>>,
    private readonly markValues: Readonly<Record<string, FieldValue>>,
  ) {}

  added(): void {
    this.rows++;
  }

  /** Writes the full statements' worth of rows, or (`all`) every row. */
  write(all: boolean): void {
    const width = this.columns.length;
    let at = 0;
    if (this.rows >= ROWS_PER_STATEMENT) {
      this.many ??= this.prepare(ROWS_PER_STATEMENT);
      const chunk = ROWS_PER_STATEMENT * width;
      for (; this.rows >= ROWS_PER_STATEMENT; this.rows -= ROWS_PER_STATEMENT, at += chunk) {
        this.many.run(this.markValues, at === 0 && this.buffer.length === chunk ? this.buffer : this.buffer.slice(at, at + chunk));
      }
    }
    if (all) {
      this.one ??= this.prepare(1);
      for (; this.rows > 0; this.rows--, at += width) this.one.run(this.markValues, this.buffer.slice(at, at + width));
    }
    this.buffer.splice(0, at);
  }

  private prepare(rows: number): Statement {
    const marks = Object.entries(this.marks);
    const tuple = `(${[...this.columns.map(() => '?'), ...marks.map(([, parameter]) => `@${parameter}`)].join(', ')})`;
    const columns = [...this.columns, ...marks.map(([column]) => column)].join(', ');
    return this.db.prepare<unknown[]>(`INSERT INTO ${this.table} (${columns}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`);
  }
}

/**
 * Rows of the records an import creates. The import holds the only write lock, so ids are handed
 * out here (the next after the table's largest) and a family's members can be queued before the
 * family row is written; `write` keeps families ahead of the members that refer to them.
 */
export class PendingInserts {
  private readonly groups = new Map<string, InsertGroup>();
  private readonly nextIds = new Map<string, number>();

  constructor(
    private readonly db: Sqlite,
    private readonly marks: Readonly<Record<string, string>>,
    private readonly markValues: Readonly<Record<string, FieldValue>>,
  ) {}

  nextId(table: 'families' | 'members'): number {
    let next = this.nextIds.get(table);
    next ??= (this.db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get() as number);
    this.nextIds.set(table, next + 1);
    return next;
  }

  group(table: 'families' | 'members', columns: readonly string[]): InsertGroup {
    const key = `${table}(${columns.join(',')})`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new InsertGroup(this.db, table, columns, this.marks, this.markValues)));
    return group;
  }

  /**
   * Worth writing: a full statement of families (their members are queued with them), or many members
   * of families written earlier (a second sheet, a family met again).
   */
  ready(): boolean {
    for (const group of this.groups.values()) if (group.rows >= (group.table === 'families' ? ROWS_PER_STATEMENT : MEMBERS_AHEAD)) return true;
    return false;
  }

  /** Families first: a member row may only be written once its family row is. */
  write(all: boolean): void {
    for (const table of ['families', 'members']) {
      for (const group of this.groups.values()) if (group.table === table) group.write(all || table === 'families');
    }
  }
}
