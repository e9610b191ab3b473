import { useEffect, useState } from 'react';
import type { RegionRef } from '../../../core/contract';
import type { Card } from '../../../core/contract/family-ops';
import { api } from '../../api';
import { CodeSelect } from './CodeSelect';
import { Dialog } from './Dialog';
import { headMember, memberLabel, presentMember, type OperationOutput } from './members';

interface Props {
  card: Card;
  onDone: (result: OperationOutput) => void;
  onCancel: () => void;
  onStale: () => void;
}

/** Pecah KK: chosen members form a new family with a new No KK; one of them is its head. */
export function SplitFamilyDialog({ card, onDone, ...rest }: Props) {
  const { family } = card;
  const present = card.members.filter(presentMember);
  const [chosen, setChosen] = useState<Map<number, number | null>>(new Map());
  const [noKk, setNoKk] = useState('');
  const [desaCode, setDesaCode] = useState(String(family.values.kodeDesa ?? ''));
  const [address, setAddress] = useState(String(family.values.alamat ?? ''));
  const [desas, setDesas] = useState<RegionRef[]>([]);
  const remaining = present.filter((m) => !chosen.has(m.id));
  const headLeaves = present.some((m) => headMember(m) && chosen.has(m.id));
  const [originHeadId, setOriginHeadId] = useState<number | null>(null);

  useEffect(() => {
    const kecamatan = String(family.values.kodeKecamatan ?? '');
    if (kecamatan) api.call('regions.children', { code: kecamatan }).then(setDesas, () => setDesas([]));
  }, [family.values.kodeKecamatan]);

  const toggle = (id: number, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(id, null);
    else next.delete(id);
    setChosen(next);
  };
  const run = async () => {
    const originHead = remaining.find((m) => m.id === (originHeadId ?? remaining[0]?.id));
    onDone(await api.call('families.split', {
      familyId: family.id, familyVersion: family.version, newNoKk: noKk,
      members: present.filter((m) => chosen.has(m.id)).map((m) => ({ id: m.id, version: m.version, relationship: chosen.get(m.id) ?? 0 })),
      desaCode: desaCode === family.values.kodeDesa ? undefined : desaCode,
      address: address === (family.values.alamat ?? '') ? undefined : address,
      originNewHead: headLeaves && originHead ? { id: originHead.id, version: originHead.version } : undefined,
    }));
  };

  return (
    <Dialog title="Pecah KK" submitLabel="Buat KK baru" run={run} {...rest}>
      <fieldset className="fe-split-members">
        <legend>Anggota yang pindah ke KK baru, dengan hubungannya di KK baru (tepat satu kepala keluarga)</legend>
        {present.map((m) => (
          <div key={m.id} className="fe-split-row">
            <label>
              <input type="checkbox" checked={chosen.has(m.id)} onChange={(event) => toggle(m.id, event.target.checked)} /> {memberLabel(m)}
            </label>
            {chosen.has(m.id) && (
              <CodeSelect fieldKey="hubunganKeluarga" version={m.questionnaireVersion} label={`Hubungan di KK baru: ${String(m.values.nama)}`}
                value={chosen.get(m.id) ?? null} onChange={(code) => setChosen(new Map(chosen).set(m.id, code))} />
            )}
          </div>
        ))}
      </fieldset>
      {headLeaves && (
        <label className="fe-input">
          Kepala keluarga baru untuk KK asal
          <select value={originHeadId ?? remaining[0]?.id ?? ''} onChange={(event) => setOriginHeadId(Number(event.target.value))}>
            {remaining.map((m) => <option key={m.id} value={m.id}>{memberLabel(m)}</option>)}
          </select>
        </label>
      )}
      <label className="fe-input">
        No KK baru
        <input value={noKk} onChange={(event) => setNoKk(event.target.value.trim())} inputMode="numeric" maxLength={16} required />
      </label>
      <label className="fe-input">
        Desa/kelurahan
        <select value={desaCode} onChange={(event) => setDesaCode(event.target.value)}>
          {desas.length === 0 && <option value={desaCode}>{card.family.desaName}</option>}
          {desas.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
        </select>
      </label>
      <label className="fe-input">
        Alamat
        <input value={address} onChange={(event) => setAddress(event.target.value)} maxLength={512} />
      </label>
    </Dialog>
  );
}
