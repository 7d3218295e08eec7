import { Checkbox } from '../../ui/Checkbox';
import { Fieldset } from '../../ui/Fieldset';

export interface CodeOption {
  value: string;
  label: string;
}

interface CodeCheckboxesProps {
  id: string;
  legend: string;
  hint?: string;
  options: CodeOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  error?: string | undefined;
}

export function domId(code: string): string {
  return code.replace(/[^a-zA-Z0-9_-]/g, '-');
}

/** A short list of choices as checkboxes in a fieldset: simple, and fully keyboard accessible. */
export function CodeCheckboxes({
  id,
  legend,
  hint,
  options,
  selected,
  onChange,
  error,
}: CodeCheckboxesProps) {
  const chosen = new Set(selected);
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <ul className="checkbox-columns">
        {options.map((option) => (
          <li key={option.value}>
            <Checkbox
              id={`${id}-${domId(option.value)}`}
              label={option.label}
              checked={chosen.has(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((v) => v !== option.value),
                )
              }
            />
          </li>
        ))}
      </ul>
    </Fieldset>
  );
}
