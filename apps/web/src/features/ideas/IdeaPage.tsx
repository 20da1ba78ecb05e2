import type { Interest } from '@jumelage/contracts';
import { ideasOperations, webPages } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { RequireTeacherTools } from '../../app/RequireTeacherTools.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { ContactRequestForm } from '../contacts/ContactRequestForm.tsx';
import styles from '../partners/PartnersPage.module.css';
import { IdeaFacts, invalidateIdeaLists } from './IdeaSummary.tsx';

/** One project idea: answer it, or, for its author, read the answers and manage it. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RequireTeacherTools title={t('ideas.title')}>
      <Idea id={id} />
    </RequireTeacherTools>
  );
}

function Idea({ id }: { id: string }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const detail = useQuery({ queryKey: ['idea', id], queryFn: ({ signal }) => api.call(ideasOperations.read, { params: { id }, signal }) });
  usePageTitle(detail.data?.idea.title ?? t('ideas.title'));
  if (detail.isPending) return <Page title={t('ideas.title')}>{t('app.loading')}</Page>;
  if (detail.isError)
    return (
      <Page title={t('ideas.title')}>
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </Page>
    );
  const { idea, mine, myInterest, receivedInterests } = detail.data;
  const { author } = idea;
  return (
    <Page
      title={idea.title}
      intro={
        <p>{mine ? t('ideas.yours') : `${author.name} · ${author.schoolName}, ${author.town} · ${countryName(author.countryCode)}`}</p>
      }
    >
      {idea.status === 'closed' && <Alert tone="info" title={t('ideas.closedNotice')} />}
      <Panel>
        <p className={styles.message}>{idea.description}</p>
        <IdeaFacts idea={idea} />
      </Panel>
      {mine ? (
        <AuthorTools id={id} status={idea.status} interests={receivedInterests} />
      ) : (
        <Answer id={id} open={idea.status === 'open'} mine={myInterest} />
      )}
    </Page>
  );
}

function Answer({ id, open, mine }: { id: string; open: boolean; mine: Interest | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () => api.call(ideasOperations.answer, { params: { id }, body: { message: message.trim() } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['idea', id] }),
    // Already answered elsewhere, or closed meanwhile: the idea, read again, shows which.
    onError: (error) => error instanceof ApiError && error.status === 409 && void queryClient.invalidateQueries({ queryKey: ['idea', id] }),
  });
  if (mine) {
    return (
      <Panel title={t('ideas.yourAnswer')}>
        <p className={styles.message}>{mine.message}</p>
      </Panel>
    );
  }
  if (!open) return null;
  return (
    <Panel title={t('ideas.interested')}>
      <Form onSubmit={() => send.mutate()} label={t('ideas.interested')}>
        <TextField
          label={t('ideas.answerMessage')}
          description={t('ideas.answerHint')}
          multiline
          value={message}
          onChange={setMessage}
          maxLength={1000}
          isRequired
        />
        {send.isError && <ErrorState error={send.error} />}
        <FormActions>
          <Button type="submit" isDisabled={send.isPending || message.trim().length === 0}>
            {t('ideas.sendAnswer')}
          </Button>
        </FormActions>
      </Form>
    </Panel>
  );
}

function AuthorTools({ id, status, interests }: { id: string; status: 'open' | 'closed'; interests: Interest[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const countryName = useCountryName();
  const [confirming, setConfirming] = useState(false);
  const change = useMutation({
    mutationFn: (action: 'open' | 'closed' | 'delete') =>
      action === 'delete'
        ? api.call(ideasOperations.remove, { params: { id } })
        : api.call(ideasOperations.setStatus, { params: { id }, body: { status: action } }),
    onSuccess: async (_, action) => {
      await invalidateIdeaLists(queryClient);
      if (action === 'delete') void navigate(webPages.myIdeas);
      else await queryClient.invalidateQueries({ queryKey: ['idea', id] });
    },
  });
  return (
    <>
      <div className={styles.actions}>
        <LinkButton href={webPages.editIdea.replace(':id', id)} variant="secondary">
          {t('ideas.edit')}
        </LinkButton>
        <Button variant="secondary" isDisabled={change.isPending} onPress={() => change.mutate(status === 'open' ? 'closed' : 'open')}>
          {status === 'open' ? t('ideas.close') : t('ideas.reopen')}
        </Button>
        {confirming ? (
          <>
            <Button variant="danger" autoFocus isDisabled={change.isPending} onPress={() => change.mutate('delete')}>
              {t('ideas.deleteForGood')}
            </Button>
            <Button variant="quiet" onPress={() => setConfirming(false)}>
              {t('nssQueue.cancel')}
            </Button>
          </>
        ) : (
          <Button variant="quiet" onPress={() => setConfirming(true)}>
            {t('ideas.delete')}
          </Button>
        )}
      </div>
      {change.isError && <ErrorState error={change.error} />}
      <Panel title={t('ideas.answers', { count: interests.length })}>
        {interests.length === 0 ? (
          <EmptyState>
            <p>{t('ideas.noAnswers')}</p>
          </EmptyState>
        ) : (
          <ul className={styles.list}>
            {interests.map((interest) => (
              <li key={interest.teacher.id} className={styles.card}>
                <h3 className={styles.name}>{interest.teacher.name}</h3>
                <p className={styles.meta}>
                  {interest.teacher.schoolName}, {interest.teacher.town} · {countryName(interest.teacher.countryCode)}
                </p>
                <p className={styles.message}>{interest.message}</p>
                <ContactRequestForm partnerId={interest.teacher.id} partnerName={interest.teacher.name} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
