import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORGANISATION_TYPES } from '../../../contracts/organisations';
import { messageLink, type Interest, type MatchList, type PartnerRequest } from '../../../contracts/partner-requests';
import { countryName, formatDate, formatNumber } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Checkbox } from '../../ui/Checkbox';
import { EmptyState } from '../../ui/EmptyState';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CountryOptions } from '../organisations/CountryOptions';
import { RegionSelect } from '../organisations/RegionSelect';
import { partnerRequestsApi } from './partner-requests-api';
import './partner-requests.css';

const REASONS_SHOWN = 4;

/** Ranked organisations with their score and reasons, filters, hide and invite (owner side). */
export function MatchesPanel({ request }: { request: PartnerRequest }) {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState('');
  const [country, setCountry] = useState('');
  const [region, setRegion] = useState('');
  const [minScore, setMinScore] = useState('');
  const [includeHidden, setIncludeHidden] = useState(false);
  const [result, setResult] = useState<MatchList | null>(null);
  const [failed, setFailed] = useState(false);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  const [version, setVersion] = useState(0);
  const load = useCallback(async () => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    partnerRequestsApi
      .matches(request.id, {
        type,
        country,
        region,
        minScore: minScore || undefined,
        includeHidden: String(includeHidden),
        locale: i18n.language === 'fr' ? 'fr' : 'en',
      })
      .then(
        (r) => {
          if (!live) return;
          setFailed(false);
          setResult(r);
        },
        () => {
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [request.id, type, country, region, minScore, includeHidden, i18n.language, version]);

  const act = async (fn: () => Promise<unknown>) => {
    await fn();
    await load();
  };

  return (
    <section aria-labelledby="pr-matches-title">
      <h2 id="pr-matches-title">{t('partnerRequests.matches.title')}</h2>
      <p className="pr-meta">{t('partnerRequests.matches.lead')}</p>
      <div className="pr-filters">
        <Select id="pr-match-type" label={t('partnerRequests.matches.type')} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{t('partnerRequests.matches.any')}</option>
          {ORGANISATION_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`organisations.type.${v}`)}
            </option>
          ))}
        </Select>
        <Select
          id="pr-match-country"
          label={t('partnerRequests.matches.country')}
          value={country}
          onChange={(e) => {
            setCountry(e.target.value);
            setRegion('');
          }}
        >
          <option value="">{t('partnerRequests.matches.any')}</option>
          <CountryOptions />
        </Select>
        <RegionSelect id="pr-match-region" country={country} value={region} onChange={setRegion} />
        <TextField
          id="pr-match-min"
          label={t('partnerRequests.matches.minScore')}
          type="number"
          min={0}
          value={minScore}
          onChange={(e) => setMinScore(e.target.value)}
        />
        <Checkbox id="pr-match-hidden" label={t('partnerRequests.matches.includeHidden')} checked={includeHidden} onChange={(e) => setIncludeHidden(e.target.checked)} />
      </div>
      {failed && <Alert tone="error" title={t('partnerRequests.matches.failed')} />}
      {!result && !failed && <Spinner label={t('partnerRequests.matches.loading')} />}
      {result && result.items.length === 0 && <EmptyState title={t('partnerRequests.matches.none')} level={3} />}
      {result && result.items.length > 0 && (
        <ol className="pr-matches" aria-label={t('partnerRequests.matches.listLabel')}>
          {result.items.map((m) => {
            const open = expanded.has(m.organisation.id);
            const reasons = open ? m.reasons : m.reasons.slice(0, REASONS_SHOWN);
            return (
              <li key={m.organisation.id}>
                <Card className="pr-match">
                  <div className="pr-match__head">
                    <h3 className="pr-match__name">
                      <Link to={`/organisations/${m.organisation.slug}`}>{m.organisation.name}</Link>
                    </h3>
                    <span className="pr-score">{t('partnerRequests.matches.score', { score: formatNumber(m.score, i18n.language) })}</span>
                  </div>
                  <p className="pr-meta">
                    {t(`organisations.type.${m.organisation.type}` as never)} · {m.organisation.regionName ? `${m.organisation.regionName}, ` : ''}
                    {countryName(m.organisation.country, i18n.language)}
                    {m.hidden && (
                      <>
                        {' '}
                        <Badge tone="neutral">{t('partnerRequests.matches.hiddenBadge')}</Badge>
                      </>
                    )}
                    {m.invitedAt && (
                      <>
                        {' '}
                        <Badge tone="info">{t('partnerRequests.matches.invitedBadge')}</Badge>
                      </>
                    )}
                    {m.interested && (
                      <>
                        {' '}
                        <Badge tone="success">{t('partnerRequests.matches.interestedBadge')}</Badge>
                      </>
                    )}
                  </p>
                  <ul className="pr-reasons" aria-label={t('partnerRequests.matches.reasons', { name: m.organisation.name })}>
                    {reasons.map((r, i) => (
                      <li key={`${r.code}-${i}`}>
                        {r.text} <span className="pr-points">(+{formatNumber(r.points, i18n.language)})</span>
                      </li>
                    ))}
                  </ul>
                  <div className="pr-actions">
                    {m.reasons.length > REASONS_SHOWN && (
                      <Button
                        size="sm"
                        variant="quiet"
                        aria-expanded={open}
                        onClick={() =>
                          setExpanded((s) => {
                            const next = new Set(s);
                            if (open) next.delete(m.organisation.id);
                            else next.add(m.organisation.id);
                            return next;
                          })
                        }
                      >
                        {open ? t('partnerRequests.matches.fewer') : t('partnerRequests.matches.more', { count: m.reasons.length - REASONS_SHOWN })}
                      </Button>
                    )}
                    {request.status === 'open' && !m.invitedAt && !m.interested && (
                      <Button size="sm" variant="secondary" onClick={() => void act(() => partnerRequestsApi.invite(request.id, m.organisation.id))}>
                        {t('partnerRequests.matches.invite', { name: m.organisation.name })}
                      </Button>
                    )}
                    <Button
                      size="sm"
                      variant="quiet"
                      onClick={() =>
                        void act(() => (m.hidden ? partnerRequestsApi.unhide(request.id, m.organisation.id) : partnerRequestsApi.hide(request.id, m.organisation.id)))
                      }
                    >
                      {m.hidden ? t('partnerRequests.matches.unhide', { name: m.organisation.name }) : t('partnerRequests.matches.hide', { name: m.organisation.name })}
                    </Button>
                  </div>
                </Card>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function AnswerForm({ requestId, interest, onDone }: { requestId: string; interest: Interest; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async (status: 'accepted' | 'declined') => {
    setBusy(true);
    try {
      await partnerRequestsApi.answer(requestId, interest.id, status, answer);
      await onDone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset disabled={busy} className="pr-form__body">
      <TextArea id={`pr-answer-${interest.id}`} label={t('partnerRequests.interests.answer', { name: interest.organisation.name })} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      <div className="pr-actions">
        <Button size="sm" onClick={() => void send('accepted')}>
          {t('partnerRequests.interests.accept')}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => void send('declined')}>
          {t('partnerRequests.interests.decline')}
        </Button>
      </div>
    </fieldset>
  );
}

/** Interests received, each with the sender's message and an answer form (owner side). */
export function InterestsPanel({ request }: { request: PartnerRequest }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<Interest[] | null>(null);
  const [version, setVersion] = useState(0);
  const load = useCallback(async () => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    void partnerRequestsApi.interests(request.id).then((r) => {
      if (live) setItems(r.items);
    });
    return () => {
      live = false;
    };
  }, [request.id, version]);
  return (
    <section aria-labelledby="pr-interests-title">
      <h2 id="pr-interests-title">{t('partnerRequests.interests.title')}</h2>
      {items && items.length === 0 && <p>{t('partnerRequests.interests.none')}</p>}
      <ul className="pr-list">
        {items?.map((i) => (
          <li key={i.id}>
            <Card>
              <h3 className="pr-match__name">
                <Link to={`/organisations/${i.organisation.slug}`}>{i.organisation.name}</Link>{' '}
                <Badge tone={i.status === 'accepted' ? 'success' : i.status === 'declined' ? 'danger' : 'info'}>{t(`partnerRequests.interestStatus.${i.status}`)}</Badge>
              </h3>
              <p className="pr-meta">
                {t('partnerRequests.interests.from', { name: i.user.displayName })} · {formatDate(i.createdAt, i18n.language)}
              </p>
              <blockquote className="pr-quote">{i.message}</blockquote>
              {i.answer && <p className="pr-answer">{t('partnerRequests.interests.yourAnswer', { answer: i.answer })}</p>}
              {i.status === 'pending' && <AnswerForm requestId={request.id} interest={i} onDone={load} />}
              {i.user.id && (
                <p>
                  <Link to={messageLink(i.user.id, request.id)}>{t('partnerRequests.interests.reply', { name: i.user.displayName })}</Link>
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
