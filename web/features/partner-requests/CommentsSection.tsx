import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, PartnerRequest } from '../../../contracts/partner-requests';
import { useErrorText } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { failureFromError, type FormFailure } from '../../lib/forms';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { partnerRequestsApi } from './partner-requests-api';

function CommentItem({ requestId, comment, onChange }: { requestId: string; comment: Comment; onChange(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const act = async (fn: () => Promise<unknown>) => {
    await fn();
    await onChange();
  };
  return (
    <li className="pr-comment">
      <p className="pr-meta">
        <strong>{comment.author?.displayName ?? t('partnerRequests.comments.deletedUser')}</strong> · {formatDate(comment.createdAt, i18n.language)}
        {comment.hidden && (
          <>
            {' '}
            <Badge tone="warning">{t('partnerRequests.comments.hidden')}</Badge>
          </>
        )}
      </p>
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await act(() => partnerRequestsApi.editComment(requestId, comment.id, body));
            setEditing(false);
          }}
        >
          <TextArea id={`pr-comment-edit-${comment.id}`} label={t('partnerRequests.comments.edit')} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
          <Button type="submit" size="sm">
            {t('partnerRequests.comments.save')}
          </Button>
        </form>
      ) : (
        <p className="pr-comment__body">{comment.body}</p>
      )}
      <div className="pr-actions">
        {comment.can.edit && !editing && (
          <Button size="sm" variant="quiet" onClick={() => setEditing(true)}>
            {t('partnerRequests.comments.edit')}
          </Button>
        )}
        {comment.can.hide && (
          <Button size="sm" variant="quiet" onClick={() => void act(() => partnerRequestsApi.moderate(requestId, comment.id, !comment.hidden))}>
            {comment.hidden ? t('partnerRequests.comments.show') : t('partnerRequests.comments.hide')}
          </Button>
        )}
        {comment.can.delete && (
          <Button size="sm" variant="quiet" onClick={() => void act(() => partnerRequestsApi.deleteComment(requestId, comment.id))}>
            {t('partnerRequests.comments.delete')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function CommentsSection({ request }: { request: PartnerRequest }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [comments, setComments] = useState<Comment[] | null>(null);
  const [body, setBody] = useState('');
  const [failure, setFailure] = useState<FormFailure | undefined>();
  const [version, setVersion] = useState(0);
  const reload = async () => setVersion((v) => v + 1);
  useEffect(() => {
    let live = true;
    void partnerRequestsApi.comments(request.id).then((r) => {
      if (live) setComments(r.items);
    });
    return () => {
      live = false;
    };
  }, [request.id, version]);
  if (request.status === 'draft') return null;
  return (
    <section aria-labelledby="pr-comments-title" className="pr-comments">
      <h2 id="pr-comments-title">{t('partnerRequests.comments.title')}</h2>
      {comments && comments.length === 0 && <p>{t('partnerRequests.comments.none')}</p>}
      <ul className="pr-list">
        {comments?.map((c) => <CommentItem key={c.id} requestId={request.id} comment={c} onChange={reload} />)}
      </ul>
      {request.can.comment ? (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await partnerRequestsApi.comment(request.id, body);
              setBody('');
              setFailure(undefined);
              await reload();
            } catch (error) {
              setFailure(failureFromError(error));
            }
          }}
        >
          {failure && <Alert tone="error" title={errors.describe(failure.error)} />}
          <TextArea id="pr-comment-new" label={t('partnerRequests.comments.add')} rows={3} value={body} onChange={(e) => setBody(e.target.value)} error={errors.field(failure, 'body')} />
          <Button type="submit">{t('partnerRequests.comments.post')}</Button>
        </form>
      ) : (
        <p className="pr-meta">{t('partnerRequests.comments.loginToComment')}</p>
      )}
    </section>
  );
}
