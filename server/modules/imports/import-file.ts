import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors';

export interface ParsedFile {
  columns: string[];
  rows: string[][];
}

const MAX_ROWS = 200_000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
}

function fromTable(table: string[][]): ParsedFile {
  const [header, ...rest] = table;
  if (!header || header.every((h) => !h.trim())) throw AppError.validation('file', 'The file has no header row');
  const columns = header.map((h, i) => h.trim() || `column ${i + 1}`);
  const rows = rest.filter((r) => r.some((c) => c.trim() !== '')).map((r) => columns.map((_, i) => (r[i] ?? '').trim()));
  if (rows.length > MAX_ROWS) throw AppError.validation('file', `At most ${MAX_ROWS} rows per file`);
  return { columns, rows };
}

/** CSV (comma, semicolon or tab separated, UTF-8 with or without BOM) or XLSX (first worksheet). */
export async function parseOrganisationFile(content: Buffer, filename: string): Promise<ParsedFile> {
  if (/\.xlsx$/i.test(filename) || content.subarray(0, 2).toString('latin1') === 'PK') {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw AppError.validation('file', 'This is not a readable XLSX file');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw AppError.validation('file', 'The workbook has no worksheet');
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => (values[col - 1] = cellText(cell.value)));
      table.push(Array.from(values, (v) => v ?? ''));
    });
    return fromTable(table);
  }
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  try {
    return fromTable(parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][]);
  } catch (e) {
    throw AppError.validation('file', `This CSV file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
