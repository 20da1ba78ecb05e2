import { projectsOperations } from '@jumelage/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../design/Button.tsx';
import { Card, CardMeta } from '../../design/Card.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { List } from '../../design/List.tsx';
import { Page } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { CountryQueue } from '../nss/CountryQueue.tsx';
import { projectPath } from './project-links.ts';

/** The officer's queue: projects founders of their country submitted, oldest first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.projectReviews'));
  return (
    <RequireSession may="reviewProjects" who={t('forbidden.officers')}>
      {(session) => (
        <CountryQueue account={session.account}>{(countryCode) => <Queue key={countryCode} countryCode={countryCode} />}</CountryQueue>
      )}
    </RequireSession>
  );
}

function Queue({ countryCode }: { countryCode: string }) {
  const { t, i18n } = useTranslation();
  const countryName = useCountryName();
  const queue = useInfiniteQuery({
    queryKey: ['project-reviews', countryCode],
    queryFn: ({ pageParam, signal }) =>
      api.call(projectsOperations.reviewQueue, { query: { country: countryCode, after: pageParam }, signal }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const projects = queue.data?.pages.flatMap((page) => page.projects) ?? [];
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <Page title={t('nav.projectReviews')} intro={<p>{t('projects.queueIntro', { count: queue.data?.pages[0]?.total ?? 0 })}</p>}>
      {queue.isPending && <p>{t('app.loading')}</p>}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && projects.length === 0 && (
        <EmptyState>
          <p>{t('projects.queueEmpty')}</p>
        </EmptyState>
      )}
      <List>
        {projects.map((project) => (
          <Card key={project.id} level={2} title={<Link href={projectPath(project.id)}>{project.title}</Link>}>
            <CardMeta>{t('projects.submittedOn', { date: date.format(new Date(project.submittedAt)) })}</CardMeta>
            <p>{project.summary}</p>
            <ul>
              {project.founders.map((founder) => (
                <li key={founder.id}>
                  {founder.name} · {founder.schoolName}, {founder.town} · {countryName(founder.countryCode)}
                </li>
              ))}
            </ul>
            <CardMeta>
              {project.countries
                .map((country) => `${countryName(country.countryCode)}: ${t(`projects.review.${country.status}`)}`)
                .join(' · ')}
            </CardMeta>
          </Card>
        ))}
      </List>
      {queue.hasNextPage && (
        <Button variant="secondary" isDisabled={queue.isFetchingNextPage} onPress={() => void queue.fetchNextPage()}>
          {t('projects.more')}
        </Button>
      )}
    </Page>
  );
}
