import { ideasOperations, webPages } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from '../partners/PartnersPage.module.css';
import { IdeaCard } from './IdeaSummary.tsx';

/** The ideas a teacher posted, open first, with how many colleagues answered each. */
export function MyIdeasPage() {
  return (
    <TeacherToolsPage titleKey="nav.myIdeas">
      <MyIdeas />
    </TeacherToolsPage>
  );
}

function MyIdeas() {
  const { t } = useTranslation();
  const ideas = useQuery({ queryKey: ['my-ideas'], queryFn: ({ signal }) => api.call(ideasOperations.listMine, { signal }) });
  return (
    <Page
      title={t('nav.myIdeas')}
      intro={
        <div className={styles.actions}>
          <LinkButton href={webPages.newIdea}>{t('ideas.post')}</LinkButton>
          <LinkButton href={webPages.ideas} variant="secondary">
            {t('ideas.title')}
          </LinkButton>
        </div>
      }
    >
      {ideas.isPending && <p>{t('app.loading')}</p>}
      {ideas.isError && <ErrorState error={ideas.error} onRetry={() => void ideas.refetch()} />}
      {ideas.data?.ideas.length === 0 && (
        <EmptyState>
          <p>{t('ideas.noneYet')}</p>
        </EmptyState>
      )}
      <ul className={styles.list}>
        {ideas.data?.ideas.map((idea) => (
          <IdeaCard key={idea.id} idea={idea} showAuthor={false} />
        ))}
      </ul>
    </Page>
  );
}
