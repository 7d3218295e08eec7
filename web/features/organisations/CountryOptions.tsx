import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../lib/format';

/** <option>s for every country in the reader's language, Europe first. */
export function CountryOptions({ scope }: { scope?: 'europe' | 'beyond' | undefined }) {
  const { t, i18n } = useTranslation();
  const { europe, beyond } = useMemo(() => countryOptions(i18n.language, scope), [i18n.language, scope]);
  return (
    <>
      {europe.length > 0 && (
        <optgroup label={t('countries.europe')}>
          {europe.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      )}
      {beyond.length > 0 && (
        <optgroup label={t('countries.beyond')}>
          {beyond.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
