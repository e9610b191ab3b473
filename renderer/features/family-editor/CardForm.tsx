import type { Finding } from '../../../core/contract';
import type { Card, FamilyCard, MemberCard } from '../../../core/contract/family-ops';
import { cardSections } from '../../../core/domain/catalogue/sections';
import { isEditable } from '../../../core/domain/field-input';
import { api, errorMessage, isVersionConflict } from '../../api';
import { FieldEditor } from './FieldEditor';
import { findingIsOn, liveFindings } from './liveRules';

interface Props {
  card: Card;
  entity: 'family' | 'member';
  record: FamilyCard | MemberCard;
  findings: Finding[] | null;
  /** After a save (or a refused stale save): the card is loaded again. */
  onSaved: () => void;
  onError: (message: string) => void;
  onNotice: (message: string) => void;
}

/** A family or member card: every field of its questionnaire, grouped by block, each saved on its own with records.update. */
export function CardForm({ card, entity, record, findings, onSaved, onError, onNotice }: Props) {
  const save = async (key: string, raw: string | null) => {
    try {
      const result = await api.call('records.update', { entity, id: record.id, field: key, value: raw, expectedVersion: record.version });
      onSaved();
      if (result.proposal) onNotice(result.proposal.message);
      return true;
    } catch (error) {
      onError(errorMessage(error));
      if (isVersionConflict(error)) onSaved();
      return false;
    }
  };
  const open = (findings ?? []).filter((f) => f.entity === entity && f.entityId === record.id && !f.acknowledged);

  return (
    <div className="fe-card" aria-label={entity === 'family' ? 'Kartu keluarga' : 'Data anggota'}>
      {cardSections(entity, record.questionnaireVersion).map((section, index) => (
        <details key={section.title} className="fe-section" open={index === 0}>
          <summary>{section.title}</summary>
          <div className="fe-fields">
            {section.fields.map((field) => (
              <FieldEditor
                key={`${record.id}-${field.key}`}
                idPrefix={`fe-${entity}-${record.id}`}
                field={field}
                version={record.questionnaireVersion}
                value={record.values[field.key] ?? null}
                readOnly={!isEditable(field)}
                findings={open.filter((f) => findingIsOn(f.field, field.key))}
                check={(value) => liveFindings(card, entity, record.id, field.key, value)}
                onCommit={(raw) => save(field.key, raw)}
              />
            ))}
          </div>
        </details>
      ))}
    </div>
  );
}
