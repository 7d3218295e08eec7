import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useRevalidator } from 'react-router';
import {
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
} from '../../../contracts/imports';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button, buttonClass } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useDuplicateReason } from '../organisations/DuplicateWarning';
import { importsApi, isSpreadsheetName } from './imports-api';
import { templateHref } from './template';
import './imports.css';

type Failure = { code: string; message: string; details?: { path: string; message: string }[] };

function failureOf(error: unknown): Failure {
  return isApiError(error)
    ? { code: error.code, message: error.message, details: error.details }
    : { code: 'UNKNOWN', message: '' };
}

type Step = 'upload' | 'mapping' | 'done';

function Steps({ current }: { current: Step }) {
  const { t } = useTranslation();
  const steps: Step[] = ['upload', 'mapping', 'done'];
  return (
    <ol className="import-steps" aria-label={t('imports.steps.label')}>
      {steps.map((step) => (
        <li key={step} aria-current={step === current ? 'step' : undefined} className="import-steps__step">
          {t(`imports.steps.${step}`)}
          {step === current && <span className="visually-hidden"> {t('imports.current')}</span>}
        </li>
      ))}
    </ol>
  );
}

function FailureAlert({ failure }: { failure: Failure }) {
  const errors = useErrorText();
  return (
    <Alert
      tone="error"
      title={errors.describe(failure, { UNPROCESSABLE: failure.message, HTTP_ERROR: failure.message })}
    >
      {failure.details && failure.details.length > 0 && (
        <ul>
          {failure.details.map((d) => (
            <li key={`${d.path}:${d.message}`}>{d.path ? `${d.path}: ${d.message}` : d.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

function UploadStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setFieldError(t('imports.upload.required'));
    if (!isSpreadsheetName(file.name)) return setFieldError(t('imports.upload.wrongType'));
    setFieldError(null);
    setFailure(null);
    setBusy(true);
    try {
      const staged = await importsApi.stage(file);
      // The import lives in the URL: a reload or a shared link comes back to the same preview.
      await navigate(`/admin/imports?import=${staged.id}`);
    } catch (error) {
      setFailure(failureOf(error));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-upload-heading" className="card stack">
      <h2 id="import-upload-heading">{t('imports.upload.heading')}</h2>
      {failure && <FailureAlert failure={failure} />}
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="stack">
        <fieldset disabled={busy} className="stack-sm">
          <div className={fieldError ? 'field field--invalid' : 'field'}>
            <label htmlFor="import-file" className="field__label">
              {t('imports.upload.file')}
            </label>
            <p id="import-file-hint" className="field__hint">
              {t('imports.upload.fileHint')}
            </p>
            {fieldError && (
              <p id="import-file-error" className="field__error" role="alert">
                {fieldError}
              </p>
            )}
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={fieldError ? 'import-file-hint import-file-error' : 'import-file-hint'}
              aria-invalid={fieldError ? true : undefined}
            />
          </div>
          <div className="actions">
            <Button type="submit" busy={busy}>
              {t('imports.upload.submit')}
            </Button>
          </div>
        </fieldset>
      </form>
      <p>
        <a href={templateHref()} download="lightpath-import-template.csv">
          {t('imports.upload.template')}
        </a>
        <br />
        <span className="muted">
          {t('imports.upload.templateHint', { columns: IMPORT_FIELDS.join(', ') })}
        </span>
      </p>
    </section>
  );
}

function Summary({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const items: [string, number][] = [
    [t('imports.summary.rows'), preview.totalRows],
    [t('imports.summary.valid'), preview.validRows],
    [t('imports.summary.create'), preview.willCreate],
    [t('imports.summary.update'), preview.willUpdate],
    [t('imports.summary.errors'), preview.totalRows - preview.validRows],
  ];
  return (
    <dl className="import-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Client-side checks mirroring the contract's, so the admin hears about them before a request. */
export function mappingProblem(
  mapping: Record<string, ImportField | ''>,
): { noName: true } | { twice: ImportField[] } | null {
  const fields = Object.values(mapping).filter((f): f is ImportField => f !== '');
  if (!fields.includes('name')) return { noName: true };
  const twice = fields.filter((f, i) => fields.indexOf(f) !== i);
  return twice.length ? { twice: [...new Set(twice)] } : null;
}

function cleanMapping(mapping: Record<string, ImportField | ''>): ImportMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, f]) => f !== '')) as ImportMapping;
}

function ReviewStep({ initial }: { initial: ImportPreview }) {
  const { t } = useTranslation();
  const reasonText = useDuplicateReason();
  const revalidator = useRevalidator();
  const [preview, setPreview] = useState(initial);
  const [mapping, setMapping] = useState<Record<string, ImportField | ''>>(() =>
    Object.fromEntries(initial.columns.map((c) => [c, initial.mapping[c] ?? ''])),
  );
  const [busy, setBusy] = useState<'apply' | 'commit' | 'cancel' | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const issue = mappingProblem(mapping);
  const problem = !issue
    ? null
    : 'noName' in issue
      ? t('imports.mapping.needsName')
      : t('imports.mapping.twice', { fields: issue.twice.join(', ') });
  const dirty = JSON.stringify(cleanMapping(mapping)) !== JSON.stringify(preview.mapping);

  async function run(kind: 'apply' | 'commit' | 'cancel') {
    if (kind !== 'cancel' && problem) return;
    setBusy(kind);
    setFailure(null);
    setNotice(null);
    try {
      if (kind === 'apply') {
        setPreview(await importsApi.preview(preview.id, cleanMapping(mapping)));
        setNotice(t('imports.mapping.applied'));
        headingRef.current?.focus();
      } else {
        if (kind === 'commit') await importsApi.commit(preview.id, cleanMapping(mapping));
        else await importsApi.cancel(preview.id);
        // The page reloads the import, now committed or cancelled, and shows its outcome.
        await revalidator.revalidate();
      }
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusy(null);
    }
  }

  const errorCount = preview.totalRows - preview.validRows;
  const sampleOf = (column: string) => {
    const index = preview.columns.indexOf(column);
    return preview.sample
      .slice(0, 3)
      .map((row) => row[index] ?? '')
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <div className="stack-lg">
      <section aria-labelledby="import-preview-heading" className="card stack">
        <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
          {t('imports.summary.heading', { filename: preview.filename })}
        </h2>
        {notice && <Alert tone="success">{notice}</Alert>}
        {failure && <FailureAlert failure={failure} />}
        <Summary preview={preview} />
      </section>

      <section aria-labelledby="import-mapping-heading" className="card stack">
        <h2 id="import-mapping-heading">{t('imports.mapping.heading')}</h2>
        <p className="muted">{t('imports.mapping.hint')}</p>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void run('apply');
          }}
        >
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('imports.mapping.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.mapping.column')}</th>
                  <th scope="col">{t('imports.mapping.sample')}</th>
                  <th scope="col">{t('imports.mapping.field')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.columns.map((column, i) => (
                  <tr key={column}>
                    <th scope="row">{column}</th>
                    <td className="import-sample">{sampleOf(column)}</td>
                    <td>
                      <select
                        id={`import-map-${i}`}
                        className="input select"
                        aria-label={t('imports.mapping.fieldFor', { column })}
                        value={mapping[column] ?? ''}
                        onChange={(e) =>
                          setMapping((m) => ({ ...m, [column]: e.target.value as ImportField | '' }))
                        }
                      >
                        <option value="">{t('imports.mapping.ignore')}</option>
                        {IMPORT_FIELDS.map((field) => (
                          <option key={field} value={field}>
                            {t(`imports.field.${field}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions">
            <Button
              type="submit"
              variant="secondary"
              busy={busy === 'apply'}
              disabled={busy !== null || !!problem || !dirty}
            >
              {t('imports.mapping.apply')}
            </Button>
          </div>
        </form>
      </section>

      <section aria-labelledby="import-errors-heading" className="card stack">
        <h2 id="import-errors-heading">
          {t('imports.errors.heading')} ({errorCount})
        </h2>
        {preview.errors.length === 0 ? (
          <p>{t('imports.errors.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('imports.errors.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.errors.row')}</th>
                  <th scope="col">{t('imports.errors.column')}</th>
                  <th scope="col">{t('imports.errors.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={`${e.row}-${e.column}-${i}`}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {preview.errors.length >= 1000 && (
          <p className="muted">{t('imports.errors.truncated', { count: 1000 })}</p>
        )}
      </section>

      {preview.duplicates.length > 0 && (
        <section aria-labelledby="import-dupes-heading" className="card stack">
          <h2 id="import-dupes-heading">{t('imports.dupes.heading')}</h2>
          <p className="muted">{t('imports.dupes.hint')}</p>
          <ul className="stack-sm">
            {preview.duplicates.map((d) => (
              <li key={d.row}>
                {t('imports.dupes.row', { row: d.row, name: d.name })}
                <ul>
                  {d.candidates.map((c) => (
                    <li key={c.id}>
                      <Link to={`/organisations/${c.slug}`}>{c.name}</Link>{' '}
                      <span className="muted">({reasonText(c.reason)})</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="import-decision">
        {preview.validRows === 0 && <p>{t('imports.commit.nothing')}</p>}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run('commit');
          }}
        >
          <ConfirmButton
            variant="primary"
            question={t('imports.commit.question')}
            confirmLabel={t('imports.commit.confirm')}
            cancelLabel={t('ui.cancel')}
            disabled={busy !== null || preview.validRows === 0 || !!problem}
          >
            {t('imports.commit.button', { count: preview.validRows })}
          </ConfirmButton>
        </form>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run('cancel');
          }}
        >
          <ConfirmButton
            question={t('imports.cancel.question')}
            confirmLabel={t('imports.cancel.confirm')}
            cancelLabel={t('ui.cancel')}
            disabled={busy !== null}
          >
            {t('imports.cancel.button')}
          </ConfirmButton>
        </form>
      </div>
    </div>
  );
}

function Outcome({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const n = (v: number) => formatNumber(v, i18n.language);
  if (preview.status === 'cancelled') {
    return (
      <section aria-labelledby="import-outcome-heading" className="card stack">
        <h2 id="import-outcome-heading" ref={headingRef} tabIndex={-1}>
          {t('imports.cancelled.heading')}
        </h2>
        <p>{t('imports.cancelled.body')}</p>
        <p>
          <Link to="/admin/imports" className={buttonClass('primary')}>
            {t('imports.cancelled.again')}
          </Link>
        </p>
      </section>
    );
  }
  const result = preview.result ?? { created: 0, updated: 0, skipped: 0 };
  return (
    <section aria-labelledby="import-outcome-heading" className="card stack">
      <h2 id="import-outcome-heading" ref={headingRef} tabIndex={-1}>
        {t('imports.done.heading')}
      </h2>
      <dl className="import-figures">
        <div>
          <dt>{t('imports.done.created')}</dt>
          <dd>{n(result.created)}</dd>
        </div>
        <div>
          <dt>{t('imports.done.updated')}</dt>
          <dd>{n(result.updated)}</dd>
        </div>
        <div>
          <dt>{t('imports.done.skipped')}</dt>
          <dd>{n(result.skipped)}</dd>
        </div>
      </dl>
      <p className="actions">
        <Link to="/organisations?sort=newest" className={buttonClass('primary')}>
          {t('imports.done.directory')}
        </Link>
        <Link to="/admin/imports" className={buttonClass('secondary')}>
          {t('imports.done.again')}
        </Link>
      </p>
    </section>
  );
}

/** Upload → column mapping and preview (per-row errors, duplicates) → commit or cancel → result. */
export function ImportWizard({ preview }: { preview: ImportPreview | null }) {
  const step: Step = !preview ? 'upload' : preview.status === 'staged' ? 'mapping' : 'done';
  return (
    <div className="stack-lg">
      <Steps current={step} />
      {!preview ? (
        <UploadStep />
      ) : preview.status === 'staged' ? (
        <ReviewStep key={preview.id} initial={preview} />
      ) : (
        <Outcome key={`${preview.id}-${preview.status}`} preview={preview} />
      )}
    </div>
  );
}
