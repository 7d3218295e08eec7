/**
 * A participant's agenda as files: an iCalendar (download and subscription feed) and a printable PDF.
 * Pure apart from the PDF stream: the service hands in the meetings already resolved to names.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import PDFDocument from 'pdfkit';
import { DateTime } from 'luxon';

export interface AgendaEntry {
  id: string;
  startsAt: Date;
  endsAt: Date;
  table: number;
  /** The other people, "Name (Organisation)". */
  with: string[];
}

export interface AgendaDocument {
  eventTitle: string;
  eventSlug: string;
  timeZone: string;
  venue: string | null;
  personName: string;
  lang: 'en' | 'fr';
  publicUrl: string;
  entries: AgendaEntry[];
}

const words = {
  en: { meeting: 'B2B meeting with', table: 'Table', agenda: 'B2B agenda', none: 'No meeting scheduled yet.', times: 'Times in', time: 'Time', with: 'With' },
  fr: { meeting: 'Rendez-vous B2B avec', table: 'Table', agenda: 'Agenda B2B', none: 'Aucun rendez-vous planifié pour le moment.', times: 'Heures en', time: 'Heure', with: 'Avec' },
} as const;

/** Times are written in UTC: calendar applications show them in their own zone, which is what travellers want. */
export function agendaIcs(doc: AgendaDocument): string {
  const w = words[doc.lang];
  const calendar = ical({
    name: `${doc.eventTitle} — ${w.agenda}`,
    prodId: { company: 'Lightpath', product: 'b2b-agenda', language: doc.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of doc.entries) {
    calendar.createEvent({
      id: `b2b-${e.id}@lightpath`,
      start: e.startsAt,
      end: e.endsAt,
      summary: `${w.meeting} ${e.with.join(', ')}`,
      description: `${doc.eventTitle} — ${w.table} ${e.table + 1}`,
      location: [doc.venue, `${w.table} ${e.table + 1}`].filter(Boolean).join(' — '),
      url: `${doc.publicUrl}/events/${doc.eventSlug}/agenda`,
    });
  }
  return calendar.toString();
}

/** The standard PDF fonts cover Windows-1252 only: other letters lose their accent rather than print as garbage. */
function printable(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch.codePointAt(0)! < 0x100 || '€ŠšŒœŽžŸ–—‘’“”•…'.includes(ch)) return ch;
      const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return [...folded].every((c) => c.codePointAt(0)! < 0x100) ? folded : '?';
    })
    .join('');
}

export function agendaPdf(doc: AgendaDocument): Promise<Buffer> {
  const w = words[doc.lang];
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: printable(`${doc.eventTitle} — ${w.agenda}`), Creator: 'Lightpath' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica-Bold').fontSize(18).text(printable(doc.eventTitle));
  pdf.font('Helvetica').fontSize(13).text(printable(`${w.agenda} — ${doc.personName}`));
  pdf.fontSize(9).fillColor('#555').text(printable(`${w.times} ${doc.timeZone}`)).fillColor('black');
  pdf.moveDown();
  if (!doc.entries.length) pdf.fontSize(11).text(printable(w.none));
  let day = '';
  for (const e of doc.entries) {
    const start = DateTime.fromJSDate(e.startsAt, { zone: doc.timeZone }).setLocale(doc.lang);
    const end = DateTime.fromJSDate(e.endsAt, { zone: doc.timeZone });
    const thisDay = start.toFormat('cccc d LLLL yyyy');
    if (thisDay !== day) {
      day = thisDay;
      pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(printable(thisDay));
    }
    pdf
      .font('Helvetica')
      .fontSize(11)
      .text(printable(`${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}   ${w.table} ${e.table + 1}   ${w.with} ${e.with.join(', ')}`));
  }
  pdf.end();
  return done;
}
