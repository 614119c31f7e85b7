/**
 * @module services/shared/excel
 * The one place that reads and writes spreadsheets (exceljs; the npm `xlsx` package is frozen with
 * known vulnerabilities). Uploads are size-limited and read as text cells; exports neutralise
 * formula injection (a cell starting with = + - @ or a control character is prefixed with ').
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { invalidInput } from '../../engine/errors.ts';

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
    throw invalidInput(
      'file',
      `${data.length} bytes`,
      `is larger than ${MAX_UPLOAD_BYTES} bytes`,
      `超过 ${MAX_UPLOAD_BYTES} 字节`,
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
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Writes one sheet with a bold header row; every text cell neutralised against formula injection. */
export async function writeSheet(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengce';
  const ws = wb.addWorksheet(name);
  ws.addRow([...headers]).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(safeCell));
  ws.columns.forEach((c) => {
    c.width = 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
