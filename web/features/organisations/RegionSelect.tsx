import { Suspense, use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/Select';
import { loadRegions } from '../taxonomy/taxonomy-api';

interface RegionSelectProps {
  id: string;
  country: string;
  value: string;
  onChange(region: string): void;
  error?: string | undefined;
}

function RegionOptions({ id, country, value, onChange, error }: RegionSelectProps) {
  const { t, i18n } = useTranslation();
  const regions = use(loadRegions(country));
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...regions].sort((a, b) => collator.compare(a.name, b.name));
  }, [regions, i18n.language]);
  const hasRegions = sorted.length > 0;
  return (
    <Select
      id={id}
      label={t('organisations.fields.region')}
      hint={hasRegions ? t('organisations.form.regionHint') : t('organisations.form.noRegions')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={!hasRegions}
      error={error}
    >
      <option value="">
        {hasRegions ? t('organisations.form.chooseRegion') : t('organisations.form.noRegionOption')}
      </option>
      {sorted.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name} ({region.code})
        </option>
      ))}
    </Select>
  );
}

/** NUTS 2 regions of the chosen country, fetched when the country changes. */
export function RegionSelect(props: RegionSelectProps) {
  const { t } = useTranslation();
  if (!props.country) {
    return (
      <Select
        id={props.id}
        label={t('organisations.fields.region')}
        hint={t('organisations.form.countryFirst')}
        disabled
        value=""
      >
        <option value="">{t('organisations.form.chooseRegion')}</option>
      </Select>
    );
  }
  return (
    <Suspense
      fallback={
        <Select
          id={props.id}
          label={t('organisations.fields.region')}
          hint={t('ui.loading')}
          disabled
          value=""
        >
          <option value="">{t('ui.loading')}</option>
        </Select>
      }
    >
      <RegionOptions {...props} />
    </Suspense>
  );
}
