/**
 * @module services/documents/pdf
 * The layout of every printable document, with pdfkit: A4 (portrait, or landscape for wide
 * tables), a title block with the issuing department in red over a rule, the document number and
 * the date (Asia/Shanghai), then headings, paragraphs (Chinese wraps between characters; pdfkit's
 * line breaker follows UAX #14), quoted clauses, label–value fields, tables that break across pages
 * with their header row repeated, and signature lines; every page has a footer with the platform,
 * the document number, a verification reference and "第 n 页 共 m 页".
 *
 * Pure of the store: a service gathers the data into a {@link PdfSpec}, this module draws it.
 * Deterministic: the PDF's CreationDate (and so its file ID) is the document's own date, so the
 * same data renders to the same bytes.
 */
import PDFDocument from 'pdfkit';
import { type FontFace, fontOpenError, type PdfFonts } from './fonts.ts';

/** The language a document is rendered in: Chinese (authoritative) or an English courtesy copy. */
export type DocLang = 'zh' | 'en';

/** A rendered document and the file name to offer. */
export interface PdfFile {
  readonly filename: string;
  readonly pdf: Buffer;
}

/** A cell's horizontal alignment. */
export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  readonly header: string;
  /** Relative width; the columns share the text width in these proportions. */
  readonly width: number;
  readonly align?: Align;
}

/** What a document is made of, top to bottom. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly muted?: boolean }
  | { readonly kind: 'quote'; readonly text: string; readonly source: string }
  | { readonly kind: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
      /** Bold last rows (totals). */
      readonly footer?: readonly (readonly string[])[];
    }
  | { readonly kind: 'signatures'; readonly labels: readonly string[] };

export interface PdfSpec {
  readonly lang: DocLang;
  /** The issuing department, printed in red at the top. */
  readonly issuer: string;
  readonly title: string;
  /** The document number (e.g. `GF-2026-0001`, the alert's order number). */
  readonly number: string;
  /** The issue or as-of date line, already worded (e.g. `2026年11月27日`). */
  readonly dateLine: string;
  /** The instant the document speaks of; its CreationDate, so two renders are the same bytes. */
  readonly date: Date;
  /** The verification reference for the footer (audit entry, content digest). */
  readonly verification: string;
  readonly landscape?: boolean;
  readonly subject?: string;
  readonly blocks: readonly Block[];
}

const RED = '#b00000';
const GREY = '#555555';
const LINE = '#888888';
const BODY = 10.5;
const SMALL = 8.5;
const TABLE = 9;
const PAD = 3;
const MARGINS = { top: 56, bottom: 64, left: 56, right: 56 };
const PLATFORM = { zh: '政策（Zhengce）规则即代码平台', en: 'Zhengce rules-as-code platform' };

type Doc = PDFKit.PDFDocument;

function register(doc: Doc, name: string, face: FontFace, field: string): void {
  try {
    if (face.face === undefined) doc.registerFont(name, face.data);
    else doc.registerFont(name, face.data, face.face);
    doc.font(name);
  } catch (e) {
    throw fontOpenError(face, field, e);
  }
}

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page when fewer than `h` points remain. */
function ensure(doc: Doc, h: number): void {
  if (doc.y + h > bottom(doc)) doc.addPage();
}

function titleBlock(doc: Doc, spec: PdfSpec): void {
  const x = doc.page.margins.left;
  const w = textWidth(doc);
  doc.font('bold').fontSize(18).fillColor(RED).text(spec.issuer, x, doc.y, { width: w, align: 'center' });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(BODY).fillColor('black');
  doc.text(spec.number, x, doc.y, { width: w, align: 'center' });
  const ruleY = doc.y + 4;
  doc
    .moveTo(x, ruleY)
    .lineTo(x + w, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY + 12;
  doc.font('bold').fontSize(17).fillColor('black').text(spec.title, x, doc.y, { width: w, align: 'center' });
  doc.moveDown(0.2);
  doc.font('regular').fontSize(BODY).text(spec.dateLine, x, doc.y, { width: w, align: 'center' });
  doc.moveDown(0.8);
}

function heading(doc: Doc, text: string): void {
  doc.font('bold').fontSize(12);
  ensure(doc, doc.heightOfString(text) + 30);
  doc.moveDown(0.4);
  doc.fillColor('black').text(text, doc.page.margins.left, doc.y, { width: textWidth(doc) });
  doc.moveDown(0.25);
}

function paragraph(doc: Doc, text: string, muted: boolean): void {
  doc
    .font('regular')
    .fontSize(muted ? SMALL : BODY)
    .fillColor(muted ? GREY : 'black');
  ensure(doc, doc.currentLineHeight(true) * 2);
  doc.text(text, doc.page.margins.left, doc.y, { width: textWidth(doc), lineGap: 2 });
  doc.fillColor('black').moveDown(0.3);
}

function quote(doc: Doc, text: string, source: string): void {
  const x = doc.page.margins.left + 14;
  const w = textWidth(doc) - 14;
  doc.font('regular').fontSize(SMALL + 0.5);
  ensure(doc, doc.currentLineHeight(true) * 2);
  const top = doc.y;
  doc.fillColor('#222222').text(`“${text}”`, x, doc.y, { width: w, lineGap: 1.5 });
  doc.fillColor(GREY).text(`——${source}`, x, doc.y, { width: w, align: 'right' });
  doc
    .moveTo(x - 7, top)
    .lineTo(x - 7, doc.y)
    .lineWidth(1)
    .strokeColor(LINE)
    .stroke();
  doc.fillColor('black').moveDown(0.3);
}

function fields(doc: Doc, rows: readonly (readonly [string, string])[]): void {
  const x = doc.page.margins.left;
  const labelW = 120;
  const w = textWidth(doc) - labelW;
  for (const [label, value] of rows) {
    doc.font('regular').fontSize(BODY);
    const h = Math.max(doc.heightOfString(value, { width: w }), doc.currentLineHeight(true));
    ensure(doc, h + 2);
    const y = doc.y;
    doc
      .font('bold')
      .fillColor(GREY)
      .text(`${label}`, x, y, { width: labelW - 8 });
    doc
      .font('regular')
      .fillColor('black')
      .text(value, x + labelW, y, { width: w });
    doc.y = Math.max(doc.y, y + h) + 2;
  }
  doc.moveDown(0.3);
}

function table(
  doc: Doc,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  footer: readonly (readonly string[])[],
): void {
  const x0 = doc.page.margins.left;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * textWidth(doc));
  const lefts = widths.map((_, i) => x0 + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(TABLE);
    return (
      Math.max(
        ...cells.map((c, i) => doc.heightOfString(c === '' ? ' ' : c, { width: widths[i]! - 2 * PAD })),
      ) +
      2 * PAD
    );
  };
  const draw = (cells: readonly string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(x0, y, textWidth(doc), h).fillColor(fill).fill();
    doc.font(font).fontSize(TABLE).fillColor('black');
    cells.forEach((c, i) => {
      doc.text(c, lefts[i]! + PAD, y + PAD, {
        width: widths[i]! - 2 * PAD,
        align: fill ? 'center' : (columns[i]!.align ?? 'left'),
        lineBreak: true,
      });
      doc.rect(lefts[i]!, y, widths[i]!, h).lineWidth(0.5).strokeColor(LINE).stroke();
    });
    doc.y = y + h;
  };
  const headers = columns.map((c) => c.header);
  const header = () => draw(headers, 'bold', '#eeeeee');
  ensure(doc, rowHeight(headers, 'bold') + rowHeight(rows[0] ?? headers, 'regular'));
  header();
  for (const [i, cells] of [...rows, ...footer].entries()) {
    const font = i >= rows.length ? 'bold' : 'regular';
    if (doc.y + rowHeight(cells, font) > bottom(doc)) {
      doc.addPage();
      header();
    }
    draw(cells, font);
  }
  doc.moveDown(0.6);
}

function signatures(doc: Doc, labels: readonly string[], lang: 'zh' | 'en'): void {
  doc.font('regular').fontSize(BODY);
  ensure(doc, labels.length * 30 + 10);
  doc.moveDown(1);
  const x = doc.page.margins.left;
  const half = textWidth(doc) / 2;
  labels.forEach((label, i) => {
    const col = i % 2;
    const y = doc.y;
    const dateLabel = lang === 'zh' ? '日期：' : 'Date: ';
    doc.text(`${label}：________________    ${dateLabel}__________`, x + col * half, y, {
      width: half - 10,
      lineBreak: false,
    });
    if (col === 0 && i < labels.length - 1) doc.y = y;
    else doc.y = y + 28;
  });
}

function footers(doc: Doc, spec: PdfSpec): void {
  const range = doc.bufferedPageRange();
  const n = range.count;
  for (let i = 0; i < n; i++) {
    doc.switchToPage(range.start + i);
    const x = doc.page.margins.left;
    const w = textWidth(doc);
    const y = doc.page.height - doc.page.margins.bottom + 14;
    doc.page.margins.bottom = 0; // writing in the bottom margin must not open a new page
    doc
      .moveTo(x, y - 5)
      .lineTo(x + w, y - 5)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    doc.font('regular').fontSize(7.5).fillColor(GREY);
    const page = spec.lang === 'zh' ? `第 ${i + 1} 页 共 ${n} 页` : `Page ${i + 1} of ${n}`;
    doc.text(page, x, y, { width: w, align: 'right', lineBreak: false });
    doc.text(`${PLATFORM[spec.lang]} · ${spec.number}`, x, y, { width: w - 90, lineBreak: false });
    doc.text(spec.verification, x, y + 11, { width: w, lineBreak: false });
  }
}

/** Draws `spec` with `fonts` and answers the PDF's bytes. */
export async function renderPdf(spec: PdfSpec, fonts: PdfFonts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: spec.landscape ? 'landscape' : 'portrait',
    margins: MARGINS,
    bufferPages: true,
    lang: spec.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: spec.title,
      Author: spec.issuer,
      Subject: spec.subject ?? spec.title,
      Creator: 'Zhengce',
      Producer: 'Zhengce (PDFKit)',
      CreationDate: spec.date,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  register(doc, 'regular', fonts.regular, 'ZHENGCE_PDF_FONT');
  register(doc, 'bold', fonts.bold, 'ZHENGCE_PDF_FONT_BOLD');
  titleBlock(doc, spec);
  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'heading':
        heading(doc, b.text);
        break;
      case 'paragraph':
        paragraph(doc, b.text, b.muted === true);
        break;
      case 'quote':
        quote(doc, b.text, b.source);
        break;
      case 'fields':
        fields(doc, b.rows);
        break;
      case 'table':
        table(doc, b.columns, b.rows, b.footer ?? []);
        break;
      case 'signatures':
        signatures(doc, b.labels, spec.lang);
        break;
    }
  }
  footers(doc, spec);
  doc.end();
  return done;
}

/** `2026-11-27` → `2026年11月27日` (zh) or itself (en). */
export function dateText(date: string, lang: 'zh' | 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || lang === 'en') return date;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** An instant as Beijing time, `2026-11-27 20:00` (the documents' clock is Asia/Shanghai). */
export function shanghaiTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}
