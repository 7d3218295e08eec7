import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A cell starting like a formula is prefixed, so a spreadsheet never evaluates a participant's text. */
const safe = (v: string | number) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export async function tableFile(
  sheetName: string,
  header: string[],
  rows: (string | number)[][],
  format: 'csv' | 'xlsx',
): Promise<Buffer> {
  const cells = rows.map((r) => r.map(safe));
  if (format === 'csv') return Buffer.from(`\uFEFF${stringify([header, ...cells])}`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(cells);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The table as a file to download, named `<name>.<format>`. */
export async function tableDownload(
  sheetName: string,
  header: string[],
  rows: (string | number)[][],
  format: 'csv' | 'xlsx',
  name: string,
) {
  return {
    file: await tableFile(sheetName, header, rows, format),
    contentType: CONTENT_TYPES[format],
    filename: `${name}.${format}`,
  };
}
