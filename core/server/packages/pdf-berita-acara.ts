import type { Letterhead } from '../../contract/packages';
import { PROPOSAL_TYPES } from '../../contract/proposals';
import { TYPE_LABELS } from '../../domain/proposal-labels';
import { batchFacts, localDate, longDate, periodLabel } from './batch-facts';
import type { PackageCounts } from './package-counts';
import { CONTENT_WIDTH, drawLetterhead, finishPages, PAGE, startPdf } from './pdf-base';
import type { BatchHeader } from './sheet-rows';

/**
 * berita-acara.pdf: the record of the frozen batch for the kepala dinas to sign, with the batch's content
 * hash and the audit anchor printed, so the signed paper pins down exactly which data was submitted.
 */
export async function beritaAcaraPdf(header: BatchHeader, counts: PackageCounts, kop: Letterhead, latihan: boolean): Promise<Buffer> {
  const { doc, done } = startPdf({ title: `Berita Acara ${header.name}`, createdAt: header.frozenAt, latihan });
  const x = PAGE.margin;
  const frozenOn = longDate(localDate(header.frozenAt, header.kabupatenCode));
  drawLetterhead(doc, kop);
  doc.font('Helvetica-Bold').fontSize(12).text('BERITA ACARA', { width: CONTENT_WIDTH, align: 'center' });
  doc.text('PENETAPAN BATCH USULAN PEMUTAKHIRAN DATA KESEJAHTERAAN SOSIAL', { width: CONTENT_WIDTH, align: 'center' });
  doc.font('Helvetica').fontSize(10).text('Nomor: ..............................................', { width: CONTENT_WIDTH, align: 'center' }).moveDown(1.2);

  const paragraph = (text: string) => doc.font('Helvetica').fontSize(10).text(text, x, doc.y, { width: CONTENT_WIDTH, align: 'justify', lineGap: 2 }).moveDown(0.7);
  paragraph(
    `Pada tanggal ${frozenOn}, batch penetapan "${header.name}" periode ${periodLabel(header.period)} ` +
      `dengan tanggal batas ${longDate(header.cutoffDate)} telah diperiksa dan dibekukan di aplikasi Verivali Desktop oleh ${header.frozenBy}. ` +
      `Batch ini memuat ${counts.proposals.toLocaleString('id-ID')} usulan yang telah disahkan dari ${counts.perDesa.length.toLocaleString('id-ID')} desa/kelurahan, dengan rincian sebagai berikut:`,
  );

  const tableX = x + 60;
  const widths = [240, 130];
  let y = doc.y;
  const line = (cells: [string, string], bold: boolean, fill: string | null) => {
    if (fill) doc.rect(tableX, y, widths[0]! + widths[1]!, 17).fill(fill).fillColor('black');
    doc.lineWidth(0.4).rect(tableX, y, widths[0]!, 17).rect(tableX + widths[0]!, y, widths[1]!, 17).stroke();
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(cells[0], tableX + 6, y + 4.5, { width: widths[0]! - 12, lineBreak: false });
    doc.text(cells[1], tableX + widths[0]! + 6, y + 4.5, { width: widths[1]! - 12, align: 'right', lineBreak: false });
    y += 17;
  };
  line(['Jenis usulan', 'Jumlah usulan'], true, '#d9e1f2');
  for (const type of PROPOSAL_TYPES) line([TYPE_LABELS[type], counts.perType[type].toLocaleString('id-ID')], false, null);
  line(['Jumlah', counts.proposals.toLocaleString('id-ID')], true, '#e2efda');
  doc.x = x;
  doc.y = y + 12;

  paragraph(
    'Rincian per kecamatan dan desa/kelurahan tercantum dalam Rekapitulasi (rekap.pdf); daftar nama dan alamat (BNBA) serta berkas usulan ' +
      'per jenis tercantum dalam paket yang sama. Isi batch yang dibekukan tidak dapat diubah; koreksi diajukan melalui batch baru.',
  );
  paragraph('Keaslian isi batch dapat diperiksa dengan kode berikut. Setiap perubahan sekecil apa pun pada isi batch menghasilkan kode yang berbeda.');
  const facts = new Map(batchFacts(header, counts));
  const code = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(9).text(label, x, doc.y, { width: CONTENT_WIDTH });
    doc.font('Courier').fontSize(9).text(value, x + 10, doc.y, { width: CONTENT_WIDTH - 10 }).moveDown(0.4);
  };
  code('Kode isi batch (SHA-256):', header.contentHash);
  code('Jangkar riwayat audit (hash entri audit terakhir saat pembekuan):', header.auditAnchor);
  doc.font('Helvetica').fontSize(9).text(`Wilayah: ${facts.get('Wilayah')}`, x, doc.y, { width: CONTENT_WIDTH }).moveDown(0.8);
  paragraph('Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.');

  signature(doc, kop, frozenOn);
  finishPages(doc, `Berita acara ${header.name} · batch ${header.id}`, latihan);
  return done;
}

/** The signatory block on the right: place and date, position, room to sign and stamp, name and NIP. */
function signature(doc: PDFKit.PDFDocument, kop: Letterhead, date: string): void {
  const blockX = PAGE.margin + CONTENT_WIDTH - 220;
  if (doc.y > PAGE.height - PAGE.margin - 150) doc.addPage();
  const at = (text: string, bold = false) => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(text, blockX, doc.y, { width: 220, align: 'center' });
  doc.moveDown(0.5);
  at(`${kop.kota}, ${date}`);
  at(kop.kepalaJabatan);
  doc.moveDown(4.5);
  at(kop.kepalaNama || '(.........................................)', true);
  at(kop.kepalaNip ? `NIP. ${kop.kepalaNip}` : 'NIP. ...................................');
}
