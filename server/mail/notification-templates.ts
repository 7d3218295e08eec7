import type { MailMessage } from './mailer';

type Locale = 'en' | 'fr';

/**
 * A notification e-mail: the message plus the headers mail clients use for one-click unsubscribe
 * (RFC 2369 / RFC 8058). The mailer hands the whole object to nodemailer, which sends `headers`.
 */
export interface NotificationMail extends MailMessage {
  headers: Record<string, string>;
}

export interface UnsubscribeLinks {
  /** Turns off e-mails of the notification's category (absent for a digest of several). */
  category?: { name: string; url: string };
  all: string;
  /** The API endpoint a mail client POSTs to (List-Unsubscribe-Post). */
  oneClick: string;
  settings: string;
}

export interface MailItem {
  title: string;
  body: string;
  url: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CATEGORY_NAMES: Record<string, { en: string; fr: string }> = {
  message: { en: 'private messages', fr: 'messages privés' },
  partner_request: { en: 'partner requests', fr: 'demandes de partenariat' },
  event: { en: 'events', fr: 'événements' },
  report: { en: 'reports to moderate', fr: 'signalements à modérer' },
};

export function categoryName(category: string, locale: Locale): string {
  return (
    CATEGORY_NAMES[category]?.[locale] ??
    (locale === 'fr' ? 'ce type de notification' : 'this kind of notification')
  );
}

const COPY = {
  en: {
    greeting: 'Hello,',
    signature: '— The Lightpath team',
    open: 'Open in Lightpath',
    why: 'You receive this e-mail because of your Lightpath notification settings.',
    settings: 'Change your notification settings',
    stopCategory: (name: string) => `Stop e-mails about ${name}`,
    stopAll: 'Stop all notification e-mails',
    digestSubject: (period: 'daily' | 'weekly', n: number) =>
      `Lightpath: your ${period} digest (${n} notification${n === 1 ? '' : 's'})`,
    digestIntro: (period: 'daily' | 'weekly', n: number) =>
      `Here ${n === 1 ? 'is what happened' : `are the ${n} notifications`} on Lightpath since your last ${period === 'daily' ? 'daily' : 'weekly'} digest.`,
  },
  fr: {
    greeting: 'Bonjour,',
    signature: "— L'équipe Lightpath",
    open: 'Ouvrir dans Lightpath',
    why: 'Vous recevez cet e-mail en raison de vos réglages de notifications Lightpath.',
    settings: 'Modifier mes réglages de notifications',
    stopCategory: (name: string) => `Ne plus recevoir d'e-mails sur les ${name}`,
    stopAll: 'Ne plus recevoir aucun e-mail de notification',
    digestSubject: (period: 'daily' | 'weekly', n: number) =>
      `Lightpath : votre résumé ${period === 'daily' ? 'quotidien' : 'hebdomadaire'} (${n} notification${n === 1 ? '' : 's'})`,
    digestIntro: (period: 'daily' | 'weekly', n: number) =>
      n === 1
        ? `Voici ce qui s'est passé sur Lightpath depuis votre dernier résumé ${period === 'daily' ? 'quotidien' : 'hebdomadaire'}.`
        : `Voici les ${n} notifications Lightpath depuis votre dernier résumé ${period === 'daily' ? 'quotidien' : 'hebdomadaire'}.`,
  },
} as const;

function footer(locale: Locale, links: UnsubscribeLinks): { text: string[]; html: string[] } {
  const c = COPY[locale];
  const entries: { label: string; url: string }[] = [{ label: c.settings, url: links.settings }];
  if (links.category)
    entries.push({
      label: c.stopCategory(categoryName(links.category.name, locale)),
      url: links.category.url,
    });
  entries.push({ label: c.stopAll, url: links.all });
  return {
    text: ['--', c.why, ...entries.map((e) => `${e.label}: ${e.url}`)],
    html: [
      '<hr>',
      `<p style="font-size:small">${escapeHtml(c.why)}<br>${entries
        .map((e) => `<a href="${escapeHtml(e.url)}">${escapeHtml(e.label)}</a>`)
        .join(' · ')}</p>`,
    ],
  };
}

function headers(links: UnsubscribeLinks): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.oneClick}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Text is plain: everything user-written is escaped in the HTML part. */
function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function notificationEmail(p: {
  to: string;
  locale: Locale;
  item: MailItem;
  unsubscribe: UnsubscribeLinks;
}): NotificationMail {
  const c = COPY[p.locale];
  const foot = footer(p.locale, p.unsubscribe);
  const text = [
    c.greeting,
    '',
    p.item.title,
    '',
    p.item.body,
    '',
    `${c.open}: ${p.item.url}`,
    '',
    c.signature,
    '',
    ...foot.text,
  ];
  const html = [
    `<p>${c.greeting}</p>`,
    `<p><strong>${escapeHtml(p.item.title)}</strong></p>`,
    paragraphs(p.item.body),
    `<p><a href="${escapeHtml(p.item.url)}">${escapeHtml(c.open)}</a></p>`,
    `<p>${escapeHtml(c.signature)}</p>`,
    ...foot.html,
  ];
  return {
    to: p.to,
    subject: `${p.locale === 'fr' ? 'Lightpath : ' : 'Lightpath: '}${p.item.title}`,
    text: text.join('\n'),
    html: html.join('\n'),
    headers: headers(p.unsubscribe),
  };
}

export function digestEmail(p: {
  to: string;
  locale: Locale;
  period: 'daily' | 'weekly';
  groups: { category: string; items: MailItem[] }[];
  unsubscribe: UnsubscribeLinks;
}): NotificationMail {
  const c = COPY[p.locale];
  const total = p.groups.reduce((n, g) => n + g.items.length, 0);
  const foot = footer(p.locale, p.unsubscribe);
  const heading = (category: string) => {
    const name = categoryName(category, p.locale);
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  const text: string[] = [c.greeting, '', c.digestIntro(p.period, total)];
  const html: string[] = [`<p>${c.greeting}</p>`, `<p>${escapeHtml(c.digestIntro(p.period, total))}</p>`];
  for (const group of p.groups) {
    text.push('', `== ${heading(group.category)} ==`);
    html.push(`<h2 style="font-size:medium">${escapeHtml(heading(group.category))}</h2>`, '<ul>');
    for (const item of group.items) {
      text.push(`- ${item.title}: ${item.url}`, `  ${item.body.replace(/\s+/g, ' ').slice(0, 300)}`);
      html.push(
        `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a><br>${escapeHtml(item.body.slice(0, 300))}</li>`,
      );
    }
    html.push('</ul>');
  }
  text.push('', c.signature, '', ...foot.text);
  html.push(`<p>${escapeHtml(c.signature)}</p>`, ...foot.html);
  return {
    to: p.to,
    subject: c.digestSubject(p.period, total),
    text: text.join('\n'),
    html: html.join('\n'),
    headers: headers(p.unsubscribe),
  };
}
