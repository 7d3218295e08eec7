import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface Badge {
  name: string;
  organisation: string;
  code: string;
}

// A4 in points, 2 × 4 badges of 90 × 62 mm with margins: cut along the light frames.
const PAGE = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const BADGE = { width: 90 * MM, height: 62 * MM };
const COLUMNS = 2;
const ROWS = 4;
const MARGIN_X = (PAGE.width - COLUMNS * BADGE.width) / 2;
const MARGIN_Y = (PAGE.height - ROWS * BADGE.height) / 2;

/**
 * The standard PDF fonts only cover Windows-1252: letters outside it (ė, š, ł…) lose their accent
 * rather than printing as garbage. Embedding a Unicode font would lift this.
 */
/** Letters that carry no combining accent in Unicode, so NFKD cannot strip one. */
const PLAIN: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
};

export function printable(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x100 || '€ŠšŒœŽžŸ–—‘’“”•…'.includes(ch)) return ch;
      if (PLAIN[ch]) return PLAIN[ch];
      const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return [...folded].every((c) => c.codePointAt(0)! < 0x100) ? folded : '?';
    })
    .join('');
}

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 8); // a quiet zone of 4 modules on each side
  doc.save().fillColor('black');
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell, cell);
  doc.fill().restore();
}

/** One A4 page per 8 badges: event, participant name, organisation, QR code of the badge code. */
export function badgesPdf(eventTitle: string, badges: Badge[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: printable(`${eventTitle} badges`), Creator: 'Lightpath' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (!badges.length) {
    doc
      .font('Helvetica')
      .fontSize(14)
      .text(printable(`${eventTitle}: no confirmed participant yet.`), 60, 80);
  }
  badges.forEach((badge, i) => {
    const slot = i % (COLUMNS * ROWS);
    if (i > 0 && slot === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = MARGIN_X + (slot % COLUMNS) * BADGE.width;
    const y = MARGIN_Y + Math.floor(slot / COLUMNS) * BADGE.height;
    const pad = 5 * MM;
    const qrSize = 30 * MM;
    const textWidth = BADGE.width - 2 * pad - qrSize - 3 * MM;
    doc.save().lineWidth(0.5).strokeColor('#bbbbbb').rect(x, y, BADGE.width, BADGE.height).stroke().restore();
    doc
      .fillColor('#1d4ed8')
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(printable(eventTitle), x + pad, y + pad, {
        width: BADGE.width - 2 * pad,
        height: 22,
        ellipsis: true,
      });
    doc
      .fillColor('black')
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(printable(badge.name), x + pad, y + 16 * MM, { width: textWidth, height: 40, ellipsis: true });
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(printable(badge.organisation), x + pad, y + 32 * MM, {
        width: textWidth,
        height: 30,
        ellipsis: true,
      });
    drawQr(doc, badge.code, x + BADGE.width - pad - qrSize, y + 14 * MM, qrSize);
    doc
      .font('Courier')
      .fontSize(8)
      .text(badge.code, x + BADGE.width - pad - qrSize, y + 14 * MM + qrSize + 1, {
        width: qrSize,
        align: 'center',
      });
  });
  doc.end();
  return done;
}
