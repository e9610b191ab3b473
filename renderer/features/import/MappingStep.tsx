import type { QuestionnaireVersion } from '../../../core/domain/catalogue';
import { VERSION_LABELS } from '../../../core/domain/catalogue';
import { t } from '../../i18n';
import { VERSIONS } from './labels';
import { ProblemList } from './ProblemList';
import { SheetMapping } from './SheetMapping';
import type { Wizard } from './useImportWizard';
import './mapping.css';

/** The preview: what the file is, how each column is read, and the options of the run. */
export function MappingStep({ wizard }: { wizard: Wizard }) {
  const { preview, request, loading, options, setOptions } = wizard;
  if (!preview) return null;

  const used = preview.sheets.filter((sheet) => sheet.role);
  const detected = (used[0] ?? preview.sheets[0])?.version as QuestionnaireVersion | undefined;
  const version = request.version ?? detected ?? 'PBDT2015';
  const canRun = !loading && preview.problems.length === 0 && used.length > 0 && (!options.savePreset || options.presetName.trim() !== '');
  const option = (change: Partial<typeof options>) => setOptions({ ...options, ...change });

  return (
    <div className="mapping-step">
      <div className="import-summary-bar">
        <dl className="facts">
          <dt>{t('import.mapping.file')}</dt>
          <dd className="mono">{preview.fileName}</dd>
          <dt>{t('import.mapping.layout')}</dt>
          <dd>
            <strong>{preview.layout}</strong>
          </dd>
        </dl>
        <label className="field">
          <span>{t('import.mapping.version')}</span>
          <select value={version} disabled={loading} onChange={(e) => wizard.chooseVersion(e.target.value as QuestionnaireVersion)}>
            {VERSIONS.map((option) => (
              <option key={option} value={option}>
                {!request.version && option === detected ? t('import.mapping.versionAuto', { label: VERSION_LABELS[option] }) : VERSION_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('import.mapping.preset')}</span>
          <select value={preview.presetName ?? ''} disabled={loading || preview.presets.length === 0} onChange={(e) => wizard.choosePreset(e.target.value)}>
            <option value="">{t('import.mapping.noPreset')}</option>
            {preview.presets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <span className="hint refreshing" role="status">
          {loading ? t('import.mapping.refreshing') : ''}
        </span>
        <button type="button" onClick={wizard.restart} disabled={loading}>
          {t('import.mapping.change')}
        </button>
      </div>
      {preview.notices.map((notice) => (
        <p key={notice} className="notice">
          {notice}
        </p>
      ))}
      <ProblemList problems={preview.problems} />
      <div className="sheets">
        {preview.sheets.map((sheet) => (
          <SheetMapping
            key={sheet.sheet}
            sheet={sheet}
            version={version}
            disabled={loading}
            howOf={(column) => wizard.howOf(sheet.sheet, column)}
            onRemap={(header, key) => wizard.remap(sheet.sheet, header, key)}
            onInclude={(include) => wizard.includeSheet(sheet.sheet, include)}
          />
        ))}
      </div>
      <footer className="run-bar">
        <label className="check" title={t('import.options.skipHint')}>
          <input type="checkbox" checked={options.skipErrors} onChange={(e) => option({ skipErrors: e.target.checked })} />
          {t('import.options.skip')}
        </label>
        <label className="check">
          <input type="checkbox" checked={options.savePreset} onChange={(e) => option({ savePreset: e.target.checked })} />
          {t('import.options.savePreset')}
        </label>
        <input
          aria-label={t('import.options.presetName')}
          placeholder={t('import.options.presetName')}
          value={options.presetName}
          maxLength={120}
          disabled={!options.savePreset}
          onChange={(e) => option({ presetName: e.target.value })}
        />
        <span className="hint grow">{t('import.options.skipHint')}</span>
        <button type="button" className="primary" onClick={() => void wizard.run()} disabled={!canRun}>
          {t('import.run')}
        </button>
      </footer>
    </div>
  );
}
