import type { Letterhead } from '../../contract/packages';
import { PROPOSAL_TYPES, type ProposalType } from '../../contract/proposals';
import { TYPE_LABELS } from '../../domain/proposal-labels';
import { batchFacts } from './batch-facts';
import type { PackageCounts } from './package-counts';
import { CONTENT_WIDTH, drawLetterhead, finishPages, PAGE, startPdf } from './pdf-base';
import type { BatchHeader } from './sheet-rows';

/** rekap.pdf: proposals per kecamatan and desa and type, with subtotals per kecamatan and the total. */

const COLUMNS = [
  { title: 'No', width: 28 },
  { title: 'Kecamatan / Desa/Kelurahan', width: 207 },
  // "Usulan baru" does not fit a number column; the other type labels are single words.
  ...PROPOSAL_TYPES.map((type) => ({ title: type === 'baru' ? 'Baru' : TYPE_LABELS[type], width: 52 })),
  { title: 'Jumlah', width: 52 },
];
const ROW = 15;

export async function rekapPdf(header: BatchHeader, counts: PackageCounts, kop: Letterhead, latihan: boolean): Promise<Buffer> {
  const { doc, done } = startPdf({ title: `Rekapitulasi ${header.name}`, createdAt: header.frozenAt, latihan });
  drawLetterhead(doc, kop);
  doc.font('Helvetica-Bold').fontSize(12).text('REKAPITULASI USULAN PENETAPAN PER DESA/KELURAHAN', { width: CONTENT_WIDTH, align: 'center' });
  doc.font('Helvetica').fontSize(10).text(header.name, { width: CONTENT_WIDTH, align: 'center' }).moveDown(0.8);
  doc.fontSize(9);
  for (const [label, value] of batchFacts(header, counts)) {
    const y = doc.y;
    doc.font('Helvetica').text(label, PAGE.margin, y, { width: 110 });
    doc.font(label === 'Kode isi batch' ? 'Courier' : 'Helvetica').text(`: ${value}`, PAGE.margin + 110, y, { width: CONTENT_WIDTH - 110 });
  }
  doc.moveDown(0.8);

  let y = tableHeader(doc, doc.y);
  let number = 0;
  for (const kecamatan of counts.perKecamatan) {
    y = row(doc, y, ['', `Kecamatan ${kecamatan.kecamatanName} (${kecamatan.kecamatanCode})`, ...numbers(kecamatan.counts, kecamatan.total)], 'kecamatan');
    for (const desa of kecamatan.desa) {
      y = row(doc, y, [String(++number), `${desa.desaName} (${desa.desaCode})`, ...numbers(desa.counts, desa.total)], 'desa');
    }
  }
  row(doc, y, ['', `Jumlah seluruhnya (${counts.perDesa.length} desa/kelurahan)`, ...numbers(counts.perType, counts.proposals)], 'total');
  finishPages(doc, `${header.name} · kode isi ${header.contentHash.slice(0, 16)}…`, latihan);
  return done;
}

function numbers(counts: Record<ProposalType, number>, total: number): string[] {
  return [...PROPOSAL_TYPES.map((type) => counts[type].toLocaleString('id-ID')), total.toLocaleString('id-ID')];
}

function tableHeader(doc: PDFKit.PDFDocument, y: number): number {
  return row(doc, y, COLUMNS.map((column) => column.title), 'header');
}

type RowKind = 'header' | 'kecamatan' | 'desa' | 'total';

/** One table row at y; a new page (with the column titles again) when the row would not fit. Returns the next y. */
function row(doc: PDFKit.PDFDocument, y: number, cells: string[], kind: RowKind): number {
  const height = kind === 'header' ? ROW + 4 : ROW;
  if (y + height > PAGE.height - PAGE.margin - 10) {
    doc.addPage();
    y = kind === 'header' ? PAGE.margin : tableHeader(doc, PAGE.margin);
  }
  const fill = kind === 'header' ? '#d9e1f2' : kind === 'kecamatan' ? '#f2f2f2' : kind === 'total' ? '#e2efda' : null;
  if (fill) doc.rect(PAGE.margin, y, CONTENT_WIDTH, height).fill(fill).fillColor('black');
  doc.lineWidth(0.4).strokeColor('#999999').rect(PAGE.margin, y, CONTENT_WIDTH, height).stroke().strokeColor('black');
  doc.font(kind === 'desa' ? 'Helvetica' : 'Helvetica-Bold').fontSize(kind === 'header' ? 8 : 8.5);
  let x = PAGE.margin;
  cells.forEach((cell, i) => {
    const width = COLUMNS[i]!.width;
    const align = kind === 'header' ? (i > 1 ? 'center' : 'left') : i === 1 ? 'left' : 'right';
    doc.text(cell, x + 4, y + (height - 8.5) / 2, { width: width - 8, align, lineBreak: false, ellipsis: true });
    x += width;
  });
  return y + height;
}
