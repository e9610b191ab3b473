import type { ProposalDetail } from '../../../core/contract/proposals';
import type { Role } from '../../../core/contract';
import { formatDateTime } from '../../i18n';
import { roleLabel } from '../accounts/session';
import { auditActionLabel, auditFieldLabel, auditValue } from '../families/auditFormat';

type Entry = ProposalDetail['history'][number];

/** A perbaikan change is recorded under "entity:id:field"; the field is what the reader needs. */
const fieldKey = (entry: Entry) => entry.field?.split(':').pop() ?? null;

function value(entry: Entry): string {
  if (entry.field === 'decisionReason') return entry.newValue ?? '';
  // The full SHA-256 stays in the audit trail; twelve digits identify the file here.
  if (entry.field === 'bukti') return (entry.oldValue ?? entry.newValue ?? '').replace(/\b([0-9a-f]{12})[0-9a-f]{52}\b/, '$1…');
  const key = fieldKey(entry);
  return entry.oldValue === null && entry.action !== 'proposal-approve'
    ? auditValue(key, entry.newValue)
    : `${auditValue(key, entry.oldValue)} → ${auditValue(key, entry.newValue)}`;
}

/** Every step of the proposal, newest first: who (and in which role), when, and what. */
export function ProposalHistory({ history }: { history: Entry[] }) {
  return (
    <details className="proposal-history" open>
      <summary>Riwayat usulan ({history.length})</summary>
      <table className="audit-table" aria-label="Riwayat usulan">
        <thead><tr><th>Waktu</th><th>Pengguna</th><th>Langkah</th><th>Isian</th><th>Nilai</th></tr></thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.id}>
              <td className="nowrap">{formatDateTime(h.at)}</td>
              <td>{h.userName}{h.role ? ` (${roleLabel(h.role as Role)})` : ''}</td>
              <td>{auditActionLabel(h.action)}</td>
              <td>{h.field === 'status' ? '' : auditFieldLabel({ ...h, field: fieldKey(h) })}</td>
              <td>{h.field === 'status' ? '' : value(h)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
