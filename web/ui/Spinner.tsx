import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';

interface SpinnerProps {
  size?: 'sm' | 'md';
  /** Text for screen readers; defaults to "Loading…". */
  label?: string;
  /** Inside a busy button the button itself says what is happening. */
  decorative?: boolean;
}

export function Spinner({ size = 'md', label, decorative = false }: SpinnerProps) {
  const { t } = useTranslation();
  if (decorative) return <span className={cx('spinner', `spinner--${size}`)} aria-hidden="true" />;
  return (
    <span role="status" className="spinner-wrap">
      <span className={cx('spinner', `spinner--${size}`)} aria-hidden="true" />
      <span className="visually-hidden">{label ?? t('ui.loading')}</span>
    </span>
  );
}
