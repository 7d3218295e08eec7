import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Organisation, SearchHit } from '../../../contracts/organisations';
import { countryName } from '../../lib/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { listDirectory } from './directory-api';

const SEARCH_DEBOUNCE_MS = 300;

/** A profile address (…/organisations/<slug>) or a bare slug, as an admin may paste it. */
export function slugFromText(text: string): string | null {
  const trimmed = text.trim();
  const fromUrl = /\/organisations\/([a-z0-9-]+)/i.exec(trimmed);
  if (fromUrl?.[1]) return fromUrl[1].toLowerCase();
  return /^[a-z0-9]+(-[a-z0-9]+)+$/.test(trimmed) ? trimmed : null;
}

interface OrganisationPickerProps {
  id: string;
  legend: string;
  chosen: Organisation | null;
  /** An organisation chosen by the other picker, left out of the results. */
  exclude?: string | undefined;
  onChoose: (slug: string) => void;
  onClear: () => void;
}

/** Picks one organisation: search published ones by name, or paste a profile address (drafts too). */
export function OrganisationPicker({
  id,
  legend,
  chosen,
  exclude,
  onChoose,
  onClear,
}: OrganisationPickerProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  const pending = useRef<{ timer?: number; controller?: AbortController }>({});

  useEffect(() => {
    const current = pending.current;
    return () => {
      window.clearTimeout(current.timer);
      current.controller?.abort();
    };
  }, []);

  /** One request per pause in typing; an answer to an older text is dropped. */
  function onTextChange(value: string) {
    setText(value);
    window.clearTimeout(pending.current.timer);
    pending.current.controller?.abort();
    const q = value.trim();
    if (q.length < 2 || q.includes('/')) {
      setHits(null);
      return;
    }
    const controller = new AbortController();
    pending.current.controller = controller;
    pending.current.timer = window.setTimeout(() => {
      listDirectory({ q, limit: 8 }, controller.signal)
        .then((page) => setHits(page.items))
        .catch(() => {
          if (!controller.signal.aborted) setHits([]);
        });
    }, SEARCH_DEBOUNCE_MS);
  }

  const place = (o: { city: string | null; countryCode: string }) =>
    [o.city, countryName(o.countryCode, i18n.language)].filter(Boolean).join(' · ');

  return (
    <fieldset className="fieldset card stack-sm">
      <legend className="fieldset__legend">{legend}</legend>
      {chosen ? (
        <div className="stack-sm">
          <p>
            <strong>{t('merge.picker.chosen', { name: chosen.name })}</strong>
            <br />
            <span className="muted">
              {t(`organisations.type.${chosen.type}`)} · {place(chosen)}
            </span>
          </p>
          <p className="actions">
            <Link to={`/organisations/${chosen.slug}`}>{t('merge.picker.open', { name: chosen.name })}</Link>
            <Button variant="quiet" size="sm" onClick={onClear}>
              {t('merge.picker.change')}
            </Button>
          </p>
        </div>
      ) : (
        <form
          className="stack-sm"
          role="search"
          aria-label={legend}
          onSubmit={(event) => {
            event.preventDefault();
            const slug = slugFromText(text);
            if (slug) onChoose(slug);
          }}
        >
          <TextField
            id={`${id}-search`}
            type="search"
            label={t('merge.picker.search')}
            hint={t('merge.picker.searchHint')}
            value={text}
            onChange={(e) => onTextChange(e.target.value)}
          />
          {slugFromText(text) && (
            <Button type="submit" variant="secondary" size="sm">
              {t('merge.picker.lookup')}
            </Button>
          )}
          <div aria-live="polite">
            {hits && hits.filter((h) => h.id !== exclude).length === 0 && (
              <p className="muted">{t('merge.picker.noMatch')}</p>
            )}
            {hits && hits.length > 0 && (
              <ul className="merge-results">
                {hits
                  .filter((h) => h.id !== exclude)
                  .map((hit) => (
                    <li key={hit.id}>
                      <span>
                        {hit.name}
                        <br />
                        <span className="muted">{place(hit)}</span>
                      </span>
                      <Button
                        variant="secondary"
                        size="sm"
                        aria-label={t('merge.picker.choose', { name: hit.name })}
                        onClick={() => onChoose(hit.slug)}
                      >
                        {t('merge.picker.chooseShort')}
                      </Button>
                    </li>
                  ))}
              </ul>
            )}
          </div>
        </form>
      )}
    </fieldset>
  );
}
