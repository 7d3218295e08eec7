import type { ComponentProps } from 'react';
import { Select } from '../../ui/Select';

/** The interface languages, each option named in its own language. */
export function LocaleSelect(props: Omit<ComponentProps<typeof Select>, 'name' | 'children'>) {
  return (
    <Select name="locale" {...props}>
      <option value="en" lang="en">
        English
      </option>
      <option value="fr" lang="fr">
        Français
      </option>
    </Select>
  );
}
