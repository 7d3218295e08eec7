import type { User } from '../../../contracts/auth';
import { changeLocale, currentLocale, rememberedLocale } from '../../i18n';

/**
 * A language picked on this device wins; otherwise the account's saved language applies once the
 * user is known, so a French user gets French on a new computer.
 */
export async function adoptAccountLocale(user: User | null): Promise<void> {
  if (!user || rememberedLocale() || user.locale === currentLocale()) return;
  await changeLocale(user.locale, { remember: false });
}
