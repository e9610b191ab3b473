import type { Sqlite } from '../../../db/open';
import { codeLabel, HUBUNGAN_KELUARGA, KEBERADAAN } from '../../domain/codes';
import { CONTENT_WIDTH, finishPages, PAGE, startPdf } from '../packages/pdf-base';
import type { PlantedRow } from '../demo/generator';

/**
 * The paper a participant checks the data against, as PDFs with the MODE LATIHAN mark on every page:
 * a KK copy of the families with planted problems (showing the numbers as they should be), and sample
 * death certificate, move letter and musdes minutes to attach as evidence. All synthetic.
 */

interface KkMember { id: number; nik: string; name: string; sex: number; birth_place: string | null; birth_date: string | null; relationship: number; presence: number }
interface KkFamily { id: number; no_kk: string; address: string | null; rt: string | null; rw: string | null }

type Overrides = Map<number, Partial<Pick<KkMember, 'nik' | 'birth_date' | 'relationship'>>>;

const title = (doc: PDFKit.PDFDocument, heading: string, sub: string) => {
  doc.font('Helvetica-Bold').fontSize(13).text(heading, PAGE.margin, PAGE.margin + 10, { width: CONTENT_WIDTH, align: 'center' });
  doc.font('Helvetica').fontSize(9).text(sub, { width: CONTENT_WIDTH, align: 'center' }).moveDown(1);
};

/** What the KK shows where the data was planted wrong: the NIK and birth date before the problem, the head's relationship. */
export function kkOverrides(defects: readonly PlantedRow[]): Overrides {
  const overrides: Overrides = new Map();
  for (const d of defects) {
    if (d.kind === 'invalid_nik') overrides.set(d.memberId, { nik: d.original.nik });
    if (d.kind === 'nik_birthdate_mismatch') overrides.set(d.memberId, { birth_date: d.original.birthDate });
    if (d.kind === 'missing_head') overrides.set(d.memberId, { relationship: d.original.relationship });
  }
  return overrides;
}

/** "Salinan KK": the families of the import exercise (read before they leave the workspace) and those with planted problems. */
export async function kkCopyPdf(db: Sqlite, desaName: string, familyIds: readonly number[], overrides: Overrides): Promise<Buffer> {
  const { doc, done } = startPdf({ title: `Salinan KK latihan Desa ${desaName}`, createdAt: '2026-01-01T00:00:00.000Z', latihan: true });
  title(doc, `SALINAN KARTU KELUARGA — DESA ${desaName.toUpperCase()}`, 'Dokumen latihan Bimtek: data sintetis, dipakai untuk mencocokkan data. Bukan dokumen kependudukan.');
  const family = db.prepare('SELECT id, no_kk, address, rt, rw FROM families WHERE id = ?');
  const members = db.prepare('SELECT id, nik, name, sex, birth_place, birth_date, relationship, presence FROM members WHERE family_id = ? ORDER BY id');
  const cards = familyIds.map((id) => {
    const row = family.get(id) as KkFamily;
    const list = (members.all(id) as KkMember[]).map((m) => ({ ...m, ...overrides.get(m.id) }));
    return { noKk: row.no_kk, address: [row.address, row.rt && `RT ${row.rt}`, row.rw && `RW ${row.rw}`].filter(Boolean).join(' '), members: list };
  });
  for (const card of cards) drawCard(doc, card);
  finishPages(doc, `Salinan KK latihan · Desa ${desaName}`, true);
  return done;
}

function drawCard(doc: PDFKit.PDFDocument, card: { noKk: string; address: string; members: KkMember[] }): void {
  const widths = [105, 150, 22, 130, 88];
  if (doc.y + 40 + card.members.length * 13 > PAGE.height - PAGE.margin - 20) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(10).text(`No KK ${card.noKk}`, PAGE.margin, doc.y);
  if (card.address) doc.font('Helvetica').fontSize(8.5).text(card.address);
  const line = (cells: string[], bold = false) => {
    const y = doc.y + 2;
    let x = PAGE.margin;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i]! - 4, lineBreak: false });
      x += widths[i]!;
    });
    doc.x = PAGE.margin;
    doc.y = y + 11;
  };
  line(['NIK', 'Nama', 'JK', 'Tempat/tanggal lahir', 'Hubungan · keberadaan'], true);
  for (const m of card.members) {
    const born = [m.birth_place, m.birth_date?.split('-').reverse().join('-')].filter(Boolean).join(', ');
    const status = m.presence === 1 ? codeLabel(HUBUNGAN_KELUARGA, m.relationship) : `${codeLabel(HUBUNGAN_KELUARGA, m.relationship)} · ${codeLabel(KEBERADAAN, m.presence)}`;
    line([m.nik, m.name, m.sex === 1 ? 'L' : 'P', born, status]);
  }
  doc.moveDown(1);
}

/** A one-page sample document (akta kematian, surat pindah, berita acara musdes) to attach as evidence. */
export async function sampleDocumentPdf(heading: string, lines: readonly string[]): Promise<Buffer> {
  const { doc, done } = startPdf({ title: heading, createdAt: '2026-01-01T00:00:00.000Z', latihan: true });
  title(doc, heading.toUpperCase(), 'CONTOH DOKUMEN UNTUK LATIHAN — BUKAN DOKUMEN RESMI');
  doc.font('Helvetica').fontSize(10);
  for (const text of lines) doc.text(text, { width: CONTENT_WIDTH }).moveDown(0.5);
  finishPages(doc, heading, true);
  return done;
}
