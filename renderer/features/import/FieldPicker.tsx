import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CATALOGUE, fieldByKey, type CatalogueField, type FieldEntity, type QuestionnaireVersion } from '../../../core/domain/catalogue';
import { t } from '../../i18n';
import { ENTITIES, ENTITY_LABELS } from './labels';
import './field-picker.css';

interface Props {
  value: string | null;
  version: QuestionnaireVersion;
  label: string;
  disabled?: boolean;
  onChange: (fieldKey: string | null) => void;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Label, key and the headers seen in real files: someone who knows the file's `JnsKel` finds `jenisKelamin`. */
const SEARCH_TEXT = new Map(CATALOGUE.map((field) => [field, squash([field.label, field.key, ...field.aliases].join(' '))]));

type Option = { key: string | null; field?: CatalogueField };

/** A searchable select over the catalogue: grouped by entity, filterable by entity and text. */
export function FieldPicker({ value, version, label, disabled, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<FieldEntity | ''>('');
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const current = value ? fieldByKey(value) : undefined;

  const options = useMemo<Option[]>(() => {
    const words = query.split(/\s+/).map(squash).filter(Boolean);
    const fields = CATALOGUE.filter(
      (field) =>
        (field.versions.includes(version) || field.key === value) &&
        (!entity || field.entity === entity) &&
        words.every((word) => SEARCH_TEXT.get(field)?.includes(word)),
    );
    return [...(words.length ? [] : [{ key: null }]), ...fields.map((field) => ({ key: field.key, field }))];
  }, [query, entity, version, value]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => root.current?.contains(event.target as Node) || setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  useEffect(() => {
    if (open) root.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const show = () => {
    setQuery('');
    setActive(0);
    setOpen(true);
  };
  const pick = (option: Option | undefined) => {
    if (!option) return;
    setOpen(false);
    if (option.key !== value) onChange(option.key);
  };
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, options.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') pick(options[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className="field-picker" ref={root}>
      <button
        type="button"
        className="field-picker-button"
        role="combobox"
        aria-expanded={open}
        aria-label={label}
        disabled={disabled}
        onClick={() => (open ? setOpen(false) : show())}
      >
        {current ? (
          <>
            <span className="picker-label">{current.label}</span> <span className="picker-key">{current.key}</span>
          </>
        ) : (
          <span className="picker-ignore">{t('import.picker.ignore')}</span>
        )}
      </button>
      {open && (
        <div className="field-picker-popup">
          <input
            autoFocus
            aria-label={t('import.picker.search')}
            placeholder={t('import.picker.search')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={keyDown}
          />
          <div className="picker-entities" role="group">
            {(['', ...ENTITIES] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={entity === option}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setEntity(option);
                  setActive(0);
                }}
              >
                {option ? ENTITY_LABELS[option] : t('import.picker.all')}
              </button>
            ))}
          </div>
          <ul className="picker-options" role="listbox" aria-label={label}>
            {options.length === 0 && <li className="picker-empty">{t('import.picker.none')}</li>}
            {options.map((option, index) => (
              <PickerOption
                key={option.key ?? ''}
                option={option}
                previous={options[index - 1]}
                active={index === active}
                selected={option.key === value}
                onPick={() => pick(option)}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

interface OptionProps {
  option: Option;
  previous: Option | undefined;
  active: boolean;
  selected: boolean;
  onPick: () => void;
}

/** One option, preceded by its entity's heading where the entity changes. */
function PickerOption({ option, previous, active, selected, onPick }: OptionProps) {
  const entity = option.field?.entity;
  const heading = entity && entity !== previous?.field?.entity ? ENTITY_LABELS[entity] : null;
  return (
    <>
      {heading && (
        <li className="picker-group" role="presentation">
          {heading}
        </li>
      )}
      <li
        role="option"
        aria-selected={active}
        className={selected ? 'picker-option current' : 'picker-option'}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onPick}
      >
        {option.field ? (
          <>
            <span className="picker-label">{option.field.label}</span> <span className="picker-key">{option.key}</span>
          </>
        ) : (
          <span className="picker-ignore">{t('import.picker.ignore')}</span>
        )}
      </li>
    </>
  );
}
