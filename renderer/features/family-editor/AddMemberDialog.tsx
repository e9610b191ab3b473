import { useState } from 'react';
import type { Card } from '../../../core/contract/family-ops';
import { fieldByKey } from '../../../core/domain/catalogue';
import { api } from '../../api';
import { fieldFeedback } from '../../grid/fieldFeedback';
import { CodeSelect } from './CodeSelect';
import { Dialog } from './Dialog';
import type { OperationOutput } from './members';

interface Props {
  card: Card;
  onDone: (result: OperationOutput) => void;
  onCancel: () => void;
  onStale: () => void;
}

/** Tambah anggota: the few fields a new member needs; the rest is filled in on the member's card afterwards. */
export function AddMemberDialog({ card, onDone, ...rest }: Props) {
  const version = card.family.questionnaireVersion;
  const [nama, setNama] = useState('');
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [sex, setSex] = useState<number | null>(null);
  const [relationship, setRelationship] = useState<number | null>(null);
  const nikField = fieldByKey('nik')!;
  const nikFeedback = nik ? fieldFeedback(nikField, nik, version) : null;

  const run = async () => {
    const values: Record<string, string | null> = { nama, nik, tanggalLahir: birthDate || null, jenisKelamin: sex === null ? null : String(sex) };
    if (relationship !== null) values.hubunganKeluarga = String(relationship);
    onDone(await api.call('members.add', { familyId: card.family.id, familyVersion: card.family.version, values }));
  };
  return (
    <Dialog title="Tambah anggota keluarga" submitLabel="Tambah anggota" run={run} {...rest}>
      <label className="fe-input">
        Nama
        <input value={nama} onChange={(event) => setNama(event.target.value)} required maxLength={250} />
      </label>
      <label className="fe-input">
        NIK
        <input value={nik} onChange={(event) => setNik(event.target.value)} inputMode="numeric" required aria-invalid={nikFeedback?.level === 'error'} />
      </label>
      {nikFeedback && nikFeedback.lines.length > 0 && (
        <ul className="fe-messages">
          {nikFeedback.lines.map((line) => <li key={line} className={`fe-msg-${nikFeedback.level}`}>{line}</li>)}
        </ul>
      )}
      <CodeSelect fieldKey="jenisKelamin" version={version} label="Jenis kelamin" value={sex} onChange={setSex} />
      <label className="fe-input">
        Tanggal lahir (dd/mm/yyyy)
        <input value={birthDate} onChange={(event) => setBirthDate(event.target.value)} placeholder="dd/mm/yyyy" />
      </label>
      <CodeSelect fieldKey="hubunganKeluarga" version={version} label="Hubungan dengan kepala keluarga" value={relationship} onChange={setRelationship} />
      <p className="hint">Keberadaan awal: anggota keluarga baru. Kolom lain diisi di data anggota setelah ditambahkan.</p>
    </Dialog>
  );
}
