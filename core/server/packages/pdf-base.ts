import PDFDocument from 'pdfkit';
import type { Letterhead } from '../../contract/packages';

/**
 * Shared parts of the package PDFs (pdfkit, the standard Helvetica/Courier fonts, nothing embedded).
 * Reproducible: CreationDate is the batch's freeze time (pdfkit derives the file /ID from the info
 * dictionary) and streams are left uncompressed, so no zlib output enters the bytes.
 */

export interface PdfMeta {
  title: string;
  /** ISO time: the batch's freeze time. */
  createdAt: string;
  latihan: boolean;
}

export const PAGE = { margin: 50, width: 595.28, height: 841.89 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export function startPdf(meta: PdfMeta): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const created = new Date(meta.createdAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: false,
    bufferPages: true,
    lang: 'id-ID',
    info: { Title: meta.title, Author: 'Verivali Desktop', Creator: 'Verivali Desktop', Producer: 'Verivali Desktop', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The office's letterhead: government, office (bold), address line, a double rule. */
export function drawLetterhead(doc: PDFKit.PDFDocument, kop: Letterhead): void {
  const x = PAGE.margin;
  doc.font('Helvetica-Bold').fontSize(13).text(kop.instansi.toUpperCase(), x, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
  doc.fontSize(15).text(kop.dinas.toUpperCase(), { width: CONTENT_WIDTH, align: 'center' });
  const contact = [kop.alamat, kop.telepon ? `Telepon ${kop.telepon}` : ''].filter(Boolean).join(' · ');
  if (contact) doc.font('Helvetica').fontSize(9).text(contact, { width: CONTENT_WIDTH, align: 'center' });
  const y = doc.y + 6;
  doc.lineWidth(2).moveTo(x, y).lineTo(x + CONTENT_WIDTH, y).stroke();
  doc.lineWidth(0.6).moveTo(x, y + 3).lineTo(x + CONTENT_WIDTH, y + 3).stroke();
  doc.x = x;
  doc.y = y + 16;
}

/** Page footers ("Halaman n dari m") and, for a practice workspace, the LATIHAN mark on every page. */
export function finishPages(doc: PDFKit.PDFDocument, footer: string, latihan: boolean): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would make pdfkit open a new page; the footer lives in that margin.
    doc.page.margins.bottom = 0;
    if (latihan) drawPracticeMark(doc);
    const y = PAGE.height - PAGE.margin + 12;
    doc.font('Helvetica').fontSize(7.5).fillColor('#555555');
    doc.text(footer, PAGE.margin, y, { width: CONTENT_WIDTH - 90, lineBreak: false });
    doc.text(`Halaman ${i + 1} dari ${range.count}`, PAGE.width - PAGE.margin - 90, y, { width: 90, align: 'right', lineBreak: false });
    doc.fillColor('black');
  }
  doc.end();
}

function drawPracticeMark(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  doc.font('Helvetica-Bold').fontSize(64).fillColor('#cc0000').fillOpacity(0.15);
  doc.text('LATIHAN', 0, PAGE.height / 2 - 40, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.restore();
  doc.save();
  doc.font('Helvetica-Bold').fontSize(9).fillColor('#cc0000');
  doc.text('MODE LATIHAN — BUKAN DOKUMEN RESMI', PAGE.margin, 22, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
  doc.restore();
}
