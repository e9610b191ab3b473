import type { InsertGroup } from './pending-inserts';

/**
 * A family this import creates. Its row is queued when the family is first met; while its member
 * rows are arriving (files list a family's members together) its member count and head are counted
 * here and written into the queued row on close, so no summary UPDATE is needed afterwards. Nothing
 * queued is written while a family is open. Once closed it only remembers its members' NIKs: a second
 * row of the same person in the same family updates the first.
 */
export class FreshFamily {
  private count = 0;
  private head: string | null = null;
  /** Where the family's queued row starts; null once closed. */
  private row: { group: InsertGroup; at: number } | null;
  /** NIK and id of each member, in pairs (one small array: 300,000 families stay in memory). */
  private members: (string | number)[] = [];

  constructor(readonly id: number, readonly noKk: string, group: InsertGroup, at: number) {
    this.row = { group, at };
  }

  get isOpen(): boolean {
    return this.row !== null;
  }

  memberId(nik: string): number | undefined {
    for (let at = 0; at < this.members.length; at += 2) if (this.members[at] === nik) return this.members[at + 1] as number;
    return undefined;
  }

  addMember(id: number, nik: string, member: { present: boolean; isHead: boolean; name: string }): void {
    this.members.push(nik, id);
    if (!this.row || !member.present) return;
    this.count++;
    if (member.isHead && this.head === null) this.head = member.name;
  }

  close(slots: { headAt: number; countAt: number }): void {
    if (!this.row) return;
    const { group, at } = this.row;
    if (this.head !== null) group.buffer[at + slots.headAt] = this.head;
    group.buffer[at + slots.countAt] = this.count;
    this.row = null;
    this.members = this.members.slice();
  }
}
