import { useTranslation } from 'react-i18next';

interface LocalisedTextProps {
  en: string | null;
  fr: string | null;
  className?: string;
}

/**
 * Text the organisation wrote in English and/or French: the reader's language when available,
 * otherwise the other one, marked with its `lang` so screen readers pronounce it correctly.
 */
export function LocalisedText({ en, fr, className }: LocalisedTextProps) {
  const { i18n } = useTranslation();
  const preferFr = i18n.language === 'fr';
  const [text, lang] = preferFr ? (fr ? [fr, 'fr'] : [en, 'en']) : en ? [en, 'en'] : [fr, 'fr'];
  if (!text) return null;
  const isOtherLanguage = lang !== i18n.language;
  return (
    <div className={className} lang={isOtherLanguage ? lang : undefined}>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}
