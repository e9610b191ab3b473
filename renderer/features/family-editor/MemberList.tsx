import type { MemberCard } from '../../../core/contract/family-ops';
import { formatFieldValue } from '../../../core/domain/field-input';
import { fieldByKey } from '../../../core/domain/catalogue';
import { codeText, presentMember } from './members';

interface Props {
  members: readonly MemberCard[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

const birthField = fieldByKey('tanggalLahir')!;

/** The family's members in KK order; members no longer present are dimmed, merged duplicates marked. */
export function MemberList({ members, selectedId, onSelect }: Props) {
  return (
    <table className="fe-members" aria-label="Daftar anggota keluarga">
      <thead>
        <tr>
          <th>Nama</th>
          <th>NIK</th>
          <th>Hubungan</th>
          <th>Keberadaan</th>
          <th>Jenis kelamin</th>
          <th>Tanggal lahir</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr
            key={m.id}
            data-member={m.id}
            aria-selected={m.id === selectedId}
            className={presentMember(m) ? undefined : 'fe-gone'}
            tabIndex={0}
            onClick={() => onSelect(m.id)}
            onKeyDown={(event) => event.key === 'Enter' && onSelect(m.id)}
          >
            <td>
              {String(m.values.nama ?? '')}
              {m.duplicateOfId !== null && <span className="fe-badge">data ganda</span>}
            </td>
            <td className="mono">{String(m.values.nik ?? '')}</td>
            <td>{codeText(m, 'hubunganKeluarga')}</td>
            <td>{codeText(m, 'keberadaan')}</td>
            <td>{codeText(m, 'jenisKelamin')}</td>
            <td>{formatFieldValue(birthField, m.values.tanggalLahir, m.questionnaireVersion)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
