import type { QuestionnaireVersion } from '../../../core/domain/catalogue';
import { DraftFields, MEMBER_KEYS, type DraftValues } from './DraftFields';

interface Props {
  version: QuestionnaireVersion;
  members: DraftValues[];
  onChange: (members: DraftValues[]) => void;
  /** A new family: the first member is its head. */
  headFirst: boolean;
}

/** The proposed members of an usulan baru, one fieldset each, added and removed (the first stays). */
export function MemberFieldsets({ version, members, onChange, headFirst }: Props) {
  const setMember = (index: number, values: DraftValues) => onChange(members.map((m, i) => (i === index ? values : m)));
  return (
    <>
      {members.map((values, index) => (
        <fieldset key={index} className="proposal-member">
          <legend>{headFirst && index === 0 ? 'Kepala keluarga' : `Anggota ${index + 1}`}</legend>
          <DraftFields keys={MEMBER_KEYS} version={version} values={values} onChange={(next) => setMember(index, next)} prefix={`Anggota ${index + 1}: `} />
          {index > 0 && <button type="button" onClick={() => onChange(members.filter((_, i) => i !== index))}>Hapus anggota {index + 1}</button>}
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...members, {}])}>Tambah anggota</button>
    </>
  );
}
