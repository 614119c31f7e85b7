/**
 * @module services/shared/excel
 * The one place that reads and writes spreadsheets (exceljs; the npm `xlsx` package is frozen with
 * known vulnerabilities). Uploads are size-limited and read as text cells; exports neutralise
 * formula injection (a cell starting with = + - @ or a control character is prefixed with ').
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 100_000;

export type SheetFormat = 'xlsx' | 'csv';

/** One data row: its 1-based row number in the sheet (the header is row 1) and its cells by column key. */
export interface SheetRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A column: its key, and the header texts that name it (Chinese and English). */
export interface Column {
  readonly key: string;
  readonly headers: readonly string[];
}

/** The format of an upload from its name or content type. */
export function formatOf(nameOrType: string): SheetFormat {
  const s = nameOrType.toLowerCase();
  if (s.endsWith('.csv') || s.includes('text/csv')) return 'csv';
  if (s.endsWith('.xlsx') || s.includes('spreadsheetml')) return 'xlsx';
  throw invalidInput('file', nameOrType, 'must be an .xlsx or .csv file', '须为 .xlsx 或 .csv 文件');
}

/** Reads the first sheet; maps header cells to column keys; rejects unknown or missing required headers. */
export async function readSheet(
  data: Buffer,
  format: SheetFormat,
  columns: readonly Column[],
  required: readonly string[],
): Promise<SheetRow[]> {
  if (data.length > MAX_UPLOAD_BYTES)
    throw new ZhengceError(
      'ZC_ERR_TOO_LARGE',
      `file: ${data.length} bytes is larger than ${MAX_UPLOAD_BYTES}`,
      {
        field: 'file',
        value: data.length,
        messageZh: `file：${data.length} 字节，超过 ${MAX_UPLOAD_BYTES} 字节的上限`,
      },
    );
  const wb = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    // Cells stay text: exceljs would otherwise turn an all-digit credit code into a float.
    if (format === 'csv') sheet = await wb.csv.read(Readable.from([data]), { map: (v: unknown) => v });
    else {
      await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
      sheet = wb.worksheets[0];
    }
  } catch (e) {
    throw invalidInput(
      'file',
      format,
      `could not be read (${(e as Error).message})`,
      `无法读取（${(e as Error).message}）`,
    );
  }
  if (!sheet || sheet.rowCount < 1) throw invalidInput('file', format, 'has no header row', '没有表头');
  if (sheet.rowCount > MAX_ROWS + 1)
    throw invalidInput('file', sheet.rowCount, `has more than ${MAX_ROWS} rows`, `超过 ${MAX_ROWS} 行`);
  const header = sheet.getRow(1);
  const keyOfCol = new Map<number, string>();
  header.eachCell((cell, col) => {
    const text = cellText(cell).trim();
    const c = columns.find((x) => x.headers.some((h) => h.toLowerCase() === text.toLowerCase()));
    if (!c)
      throw invalidInput(
        `header[${col}]`,
        text,
        `is not a known column (${columns.map((x) => x.headers[0]).join(', ')})`,
        `不是可识别的列`,
      );
    keyOfCol.set(col, c.key);
  });
  const present = new Set(keyOfCol.values());
  for (const r of required) {
    if (!present.has(r)) {
      const c = columns.find((x) => x.key === r);
      throw invalidInput(
        'header',
        r,
        `is missing: add a column "${c?.headers.join('" or "')}"`,
        `缺少列“${c?.headers[0] ?? r}”`,
      );
    }
  }
  const rows: SheetRow[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Record<string, string> = {};
    let any = false;
    for (const [col, key] of keyOfCol) {
      const v = cellText(row.getCell(col)).trim();
      if (v !== '') any = true;
      cells[key] = v;
    }
    if (any) rows.push({ row: n, cells });
  });
  return rows;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return v.result === undefined ? '' : String(v.result);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v);
}

/** A cell value safe to open in a spreadsheet program: text that could start a formula is quoted. */
export function safeCell(v: string | number | boolean | null): string | number | boolean | null {
  if (typeof v !== 'string') return v;
  // A plain negative amount ("-12.50", a claw-back) cannot run anything; every other lead character
  // that a spreadsheet reads as the start of a formula is quoted (OWASP "CSV injection").
  if (/^-\d+(\.\d+)?$/.test(v)) return v;
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

type Cell = string | number | boolean | null;

/**
 * Writes one sheet: a bold, frozen header row, then the rows, every text cell neutralised against
 * formula injection by {@link safeCell}. The one path every export and template takes.
 */
export async function writeSheet(
  name: string,
  headers: readonly string[],
  rows: Iterable<readonly Cell[]>,
  widths: readonly number[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengce';
  const ws = wb.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...headers]).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(safeCell));
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** How a column's values are written: `instant` turns an ISO timestamp into Beijing time. */
export type ExportKind = 'text' | 'instant';

/** One column of an export: its header (Chinese and English, in one cell) and how a row gives its value. */
export interface ExportColumn<T> {
  readonly zh: string;
  readonly en: string;
  readonly value: (row: T) => Cell | undefined;
  readonly kind?: ExportKind;
  readonly width?: number;
}

/**
 * An instant as Beijing wall time, `YYYY-MM-DD HH:mm:ss` (China keeps no daylight saving, so
 * +08:00 is exact). Text that is not a timestamp (a calendar date) is left as it is.
 */
export function shanghaiTime(iso: string): string {
  const t = Date.parse(iso);
  if (!/T/.test(iso) || !Number.isFinite(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A list page's rows as an `.xlsx` workbook: a header row "中文 English" (as every export writes it),
 * one row per item. Money comes in as the yuan strings the list views already give (formatted from
 * integer fen, so exact); personal data as the views give it, masked.
 */
export function exportSheet<T>(
  name: string,
  columns: readonly ExportColumn<T>[],
  rows: Iterable<T>,
): Promise<Buffer> {
  const cells = function* () {
    for (const r of rows)
      yield columns.map((c) => {
        const v = c.value(r) ?? null;
        return c.kind === 'instant' && typeof v === 'string' ? shanghaiTime(v) : v;
      });
  };
  return writeSheet(
    name,
    columns.map((c) => `${c.zh} ${c.en}`),
    cells(),
    columns.map((c) => c.width ?? 18),
  );
}
