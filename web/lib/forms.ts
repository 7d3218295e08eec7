import { isApiError } from './api';

/** Client-side rules we translate ourselves; the server's own messages are shown as they come. */
export type ValidationRule =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'email'
  | 'url'
  | 'format'
  | 'choose'
  | 'min'
  | 'max'
  | 'integer'
  | 'number'
  | 'invalid'
  | 'passwordsDiffer';

export interface FieldError {
  path: string;
  /** The server's (English) message, shown when there is no translated rule. */
  message: string;
  rule?: { key: ValidationRule; values?: Record<string, number> };
}

/** What a failed form submission returns to the page: errors per field path and/or one for the form. */
export interface FormFailure {
  ok: false;
  fields: FieldError[];
  error?: { code: string; message: string };
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  input?: unknown;
}

function ruleFor(issue: IssueLike): FieldError['rule'] {
  const isText = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      if (isText)
        return Number(issue.minimum) <= 1
          ? { key: 'required' }
          : { key: 'tooShort', values: { min: Number(issue.minimum) } };
      return { key: 'min', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return isText
        ? { key: 'tooLong', values: { max: Number(issue.maximum) } }
        : { key: 'max', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'email' };
      if (issue.format === 'url') return { key: 'url' };
      return { key: 'format' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? { key: 'required' } : { key: 'invalid' };
    default:
      return undefined;
  }
}

export function failureFromIssues(issues: readonly IssueLike[]): FormFailure {
  return {
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '' },
    fields: issues.map((issue) => {
      const rule = ruleFor(issue);
      return { path: issue.path.map(String).join('.'), message: issue.message, ...(rule ? { rule } : {}) };
    }),
  };
}

/** Turns anything thrown by an API call into a form failure; field details keep their full path. */
export function failureFromError(error: unknown): FormFailure {
  if (!isApiError(error)) {
    console.error(error);
    return { ok: false, fields: [], error: { code: 'UNKNOWN', message: '' } };
  }
  const fields = error.details
    .filter((d) => d.path !== '')
    .map((d) => ({ path: d.path, message: d.message }));
  const formLevel = error.details.filter((d) => d.path === '').map((d) => d.message);
  return {
    ok: false,
    fields,
    error: { code: error.code, message: [error.message, ...formLevel].join(' ') },
  };
}

export function fieldFailure(
  path: string,
  rule: ValidationRule,
  values?: Record<string, number>,
): FieldError {
  return { path, message: rule, rule: { key: rule, ...(values ? { values } : {}) } };
}

/** A failure found by the page itself, before any request. */
export function failureOf(fields: FieldError[]): FormFailure {
  return { ok: false, fields, error: { code: 'VALIDATION_FAILED', message: '' } };
}

/** The first error at `name` or below it (`technologies.2` belongs to `technologies`). */
export function errorAt(failure: FormFailure | undefined, name: string): FieldError | undefined {
  return failure?.fields.find((f) => f.path === name || f.path.startsWith(`${name}.`));
}

export function isFormFailure(value: unknown): value is FormFailure {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && value.ok === false && 'fields' in value
  );
}
