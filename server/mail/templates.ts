import type { MailMessage } from './mailer';

type Locale = 'en' | 'fr';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Copy {
  subject: string;
  intro: string;
  /** Links listed under the intro (the organisations an alert announces). */
  links?: { label: string; url: string }[];
  action?: { label: string; url: string };
  outro?: string;
}

function render(to: string, locale: Locale, copy: Copy): MailMessage {
  const greeting = locale === 'fr' ? 'Bonjour,' : 'Hello,';
  const signature = locale === 'fr' ? "— L'équipe Lightpath" : '— The Lightpath team';
  const textParts = [greeting, '', copy.intro];
  const htmlParts = [`<p>${greeting}</p>`, `<p>${escapeHtml(copy.intro)}</p>`];
  if (copy.links?.length) {
    textParts.push('', ...copy.links.map((l) => `- ${l.label}: ${l.url}`));
    htmlParts.push(`<ul>${copy.links.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`).join('')}</ul>`);
  }
  if (copy.action) {
    textParts.push('', `${copy.action.label}: ${copy.action.url}`);
    htmlParts.push(`<p><a href="${escapeHtml(copy.action.url)}">${escapeHtml(copy.action.label)}</a></p>`);
  }
  if (copy.outro) {
    textParts.push('', copy.outro);
    htmlParts.push(`<p>${escapeHtml(copy.outro)}</p>`);
  }
  textParts.push('', signature);
  htmlParts.push(`<p>${signature}</p>`);
  return { to, subject: copy.subject, text: textParts.join('\n'), html: htmlParts.join('\n') };
}

/** Every e-mail the platform sends, in English and French. Payloads are what the job stores. */
export const emailTemplates = {
  verifyEmail(p: { to: string; locale: Locale; url: string }) {
    return render(p.to, p.locale, {
      fr: {
        subject: 'Confirmez votre adresse e-mail Lightpath',
        intro: 'Merci de votre inscription. Confirmez votre adresse e-mail pour activer votre compte.',
        action: { label: 'Confirmer mon adresse', url: p.url },
        outro: "Ce lien expire dans 24 heures. Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message.",
      },
      en: {
        subject: 'Confirm your Lightpath e-mail address',
        intro: 'Thank you for registering. Confirm your e-mail address to activate your account.',
        action: { label: 'Confirm my address', url: p.url },
        outro: 'This link expires in 24 hours. If you did not register, ignore this message.',
      },
    }[p.locale]);
  },
  resetPassword(p: { to: string; locale: Locale; url: string }) {
    return render(p.to, p.locale, {
      fr: {
        subject: 'Réinitialisez votre mot de passe Lightpath',
        intro: 'Vous avez demandé à réinitialiser votre mot de passe.',
        action: { label: 'Choisir un nouveau mot de passe', url: p.url },
        outro: "Ce lien expire dans 1 heure et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message.",
      },
      en: {
        subject: 'Reset your Lightpath password',
        intro: 'You asked to reset your password.',
        action: { label: 'Choose a new password', url: p.url },
        outro: 'This link expires in 1 hour and works once. If you did not ask, ignore this message.',
      },
    }[p.locale]);
  },
  joinRequest(p: { to: string; locale: Locale; requester: string; organisation: string; url: string }) {
    return render(p.to, p.locale, {
      fr: {
        subject: `${p.requester} souhaite rejoindre ${p.organisation}`,
        intro: `${p.requester} demande à rejoindre ${p.organisation} sur Lightpath. En tant qu'administrateur, vous pouvez accepter ou refuser la demande.`,
        action: { label: 'Voir la demande', url: p.url },
      },
      en: {
        subject: `${p.requester} asks to join ${p.organisation}`,
        intro: `${p.requester} asks to join ${p.organisation} on Lightpath. As an administrator you can approve or decline the request.`,
        action: { label: 'Review the request', url: p.url },
      },
    }[p.locale]);
  },
  membershipDecision(p: { to: string; locale: Locale; organisation: string; approved: boolean; url: string }) {
    const fr = p.approved
      ? `Votre demande pour rejoindre ${p.organisation} a été acceptée.`
      : `Votre demande pour rejoindre ${p.organisation} a été refusée.`;
    const en = p.approved
      ? `Your request to join ${p.organisation} was approved.`
      : `Your request to join ${p.organisation} was declined.`;
    return render(p.to, p.locale, {
      fr: { subject: `Lightpath : ${p.organisation}`, intro: fr, action: { label: "Voir l'organisation", url: p.url } },
      en: { subject: `Lightpath: ${p.organisation}`, intro: en, action: { label: 'View the organisation', url: p.url } },
    }[p.locale]);
  },
  savedSearchDigest(p: {
    to: string;
    locale: Locale;
    searchName: string;
    /** How many organisations newly match; `organisations` lists the first ones. */
    total: number;
    organisations: { name: string; url: string }[];
    manageUrl: string;
  }) {
    const links = p.organisations.map((o) => ({ label: o.name, url: o.url }));
    const more = p.total - p.organisations.length;
    return render(p.to, p.locale, {
      fr: {
        subject:
          p.total === 1
            ? `Lightpath : 1 nouvelle organisation pour « ${p.searchName} »`
            : `Lightpath : ${p.total} nouvelles organisations pour « ${p.searchName} »`,
        intro:
          (p.total === 1
            ? `Une nouvelle organisation correspond à votre recherche enregistrée « ${p.searchName} » :`
            : `${p.total} nouvelles organisations correspondent à votre recherche enregistrée « ${p.searchName} » :`) +
          (more > 0 ? ` en voici ${p.organisations.length}.` : ''),
        links,
        action: { label: 'Gérer mes recherches enregistrées', url: p.manageUrl },
        outro:
          'Vous recevez ce message parce que les alertes quotidiennes de cette recherche sont activées. Pour ne plus les recevoir, désactivez-les ou supprimez la recherche depuis la page ci-dessus.',
      },
      en: {
        subject:
          p.total === 1
            ? `Lightpath: 1 new organisation for “${p.searchName}”`
            : `Lightpath: ${p.total} new organisations for “${p.searchName}”`,
        intro:
          (p.total === 1
            ? `A new organisation matches your saved search “${p.searchName}”:`
            : `${p.total} new organisations match your saved search “${p.searchName}”:`) +
          (more > 0 ? ` here are ${p.organisations.length} of them.` : ''),
        links,
        action: { label: 'Manage my saved searches', url: p.manageUrl },
        outro:
          'You receive this e-mail because daily alerts are on for this search. To stop them, turn them off or delete the search from the page above.',
      },
    }[p.locale]);
  },
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailPayload<N extends EmailTemplateName> = Parameters<(typeof emailTemplates)[N]>[0];
