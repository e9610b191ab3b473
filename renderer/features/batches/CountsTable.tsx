import type { MethodOutput } from '../../../core/contract/methods';
import { PROPOSAL_TYPES } from '../../../core/contract/proposals';
import { TYPE_LABELS } from '../../../core/domain/proposal-labels';
import { formatNumber } from '../../i18n';

type Row = MethodOutput<'batches.get'>['perDesa'][number];

/** Proposals per kecamatan and desa and type, with a subtotal row per kecamatan. */
export function CountsTable({ rows }: { rows: Row[] }) {
  const kecamatan = [...new Map(rows.map((r) => [r.kecamatanCode, r.kecamatanName])).entries()];
  const sum = (list: Row[], key: (typeof PROPOSAL_TYPES)[number] | 'total') => list.reduce((n, r) => n + (key === 'total' ? r.total : r.counts[key]), 0);
  return (
    <table className="batch-counts" aria-label="Jumlah usulan per desa dan jenis">
      <thead>
        <tr><th>Kecamatan / desa</th>{PROPOSAL_TYPES.map((t) => <th key={t} className="num">{TYPE_LABELS[t]}</th>)}<th className="num">Jumlah</th></tr>
      </thead>
      <tbody>
        {kecamatan.map(([code, name]) => {
          const desas = rows.filter((r) => r.kecamatanCode === code);
          return [
            <tr key={code} className="subtotal"><th>{name}</th>{PROPOSAL_TYPES.map((t) => <td key={t} className="num">{formatNumber(sum(desas, t))}</td>)}<td className="num">{formatNumber(sum(desas, 'total'))}</td></tr>,
            ...desas.map((d) => (
              <tr key={d.desaCode}><td className="indent">{d.desaName}</td>{PROPOSAL_TYPES.map((t) => <td key={t} className="num">{d.counts[t] ? formatNumber(d.counts[t]) : ''}</td>)}<td className="num">{formatNumber(d.total)}</td></tr>
            )),
          ];
        })}
      </tbody>
    </table>
  );
}
