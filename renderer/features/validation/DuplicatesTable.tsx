import { Fragment, useEffect, useState } from 'react';
import type { DuplicatePair } from '../../../core/contract';
import { codeLabel, JENIS_KELAMIN } from '../../../core/domain/codes';
import { api, errorMessage } from '../../api';
import { formatDate, formatNumber, t } from '../../i18n';

const PAGE = 200;
type Person = DuplicatePair['a'];

/** "Kemungkinan ganda": probable duplicate people side by side, two rows per pair, best score first. */
export function DuplicatesTable({ onError }: { onError: (message: string) => void }) {
  const [pairs, setPairs] = useState<{ rows: DuplicatePair[]; rowCount: number } | null>(null);

  useEffect(() => {
    let live = true;
    api.call('validation.duplicates', { startRow: 0, endRow: PAGE }).then(
      (result) => live && setPairs(result),
      (error: unknown) => live && onError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [onError]);

  if (!pairs) return <p className="hint">{t('common.loading')}</p>;
  const person = (p: Person, mark: (field: keyof Person) => string) => (
    <>
      <td className={`mono ${mark('nik')}`}>{p.nik}</td>
      <td className={mark('name')}>{p.name}</td>
      <td className={`nowrap ${mark('birthDate')}`}>{formatDate(p.birthDate)}</td>
      <td className={mark('sex')}>{codeLabel(JENIS_KELAMIN, p.sex)}</td>
      <td>{p.desaName}</td>
      <td className="mono">{p.noKk}</td>
    </>
  );

  return (
    <section className="card duplicates-card" aria-label={t('val.dup.title')}>
      <h2>{t('val.dup.title')}</h2>
      <p className="hint">{t('val.dup.hint')}</p>
      {pairs.rows.length === 0 ? (
        <p className="hint">{t('val.dup.empty')}</p>
      ) : (
        <table className="data-table duplicates-table">
          <thead>
            <tr>
              <th className="num">{t('val.dup.score')}</th>
              <th>{t('val.dup.nik')}</th>
              <th>{t('val.dup.name')}</th>
              <th>{t('val.dup.birthDate')}</th>
              <th>{t('val.dup.sex')}</th>
              <th>{t('val.dup.desa')}</th>
              <th>{t('val.dup.noKk')}</th>
              <th>{t('val.dup.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.rows.map((pair) => {
              // Values that differ between the two records are marked, so the eye goes to them.
              const mark = (field: keyof Person) => (pair.a[field] === pair.b[field] ? 'same' : 'differs');
              return (
                <Fragment key={`${pair.a.id}-${pair.b.id}`}>
                  <tr className="pair-first">
                    <td className="num score" rowSpan={2}>
                      {formatNumber(Math.round(pair.score <= 1 ? pair.score * 100 : pair.score))}%
                    </td>
                    {person(pair.a, mark)}
                    <td rowSpan={2}>{pair.reason}</td>
                  </tr>
                  <tr className="pair-second">{person(pair.b, mark)}</tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      {pairs.rowCount > pairs.rows.length && <p className="hint">{t('val.dup.more', { shown: formatNumber(pairs.rows.length), total: formatNumber(pairs.rowCount) })}</p>}
    </section>
  );
}
