import type { SuggestionReason } from '@jumelage/contracts';
import { partnersOperations, webPages } from '@jumelage/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { Page } from '../../design/Page.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { PartnerCard } from './PartnersPage.tsx';
import styles from './PartnersPage.module.css';

/** Colleagues abroad chosen for the teacher from their profile, each saying why. */
export function SuggestedPartnersPage() {
  return (
    <TeacherToolsPage titleKey="nav.suggestedPartners">
      <Suggestions />
    </TeacherToolsPage>
  );
}

function Suggestions() {
  const { t } = useTranslation();
  const answer = useQuery({
    queryKey: ['suggested-partners'],
    queryFn: ({ signal }) => api.call(partnersOperations.suggestions, { signal }),
  });
  return (
    <Page title={t('nav.suggestedPartners')} intro={<p>{t('suggestions.intro')}</p>}>
      {answer.isPending && <p>{t('app.loading')}</p>}
      {answer.isError && <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />}
      {answer.data && !answer.data.profileComplete && (
        <EmptyState>
          <p>{t('suggestions.completeProfile')}</p>
          <LinkButton href={webPages.account}>{t('nav.account')}</LinkButton>
        </EmptyState>
      )}
      {answer.data?.profileComplete && answer.data.suggestions.length === 0 && (
        <EmptyState>
          <p>{t('suggestions.none')}</p>
          <LinkButton href={webPages.partners}>{t('partners.title')}</LinkButton>
        </EmptyState>
      )}
      <ul className={styles.list}>
        {answer.data?.suggestions.map(({ partner, reasons }) => (
          <PartnerCard key={partner.id} partner={partner}>
            <Reasons reasons={reasons} />
          </PartnerCard>
        ))}
      </ul>
    </Page>
  );
}

function Reasons({ reasons }: { reasons: SuggestionReason[] }) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const say = (reason: SuggestionReason): string => {
    switch (reason.kind) {
      case 'subjects':
        return t('suggestions.reason.subjects', { subjects: list.format(reason.subjects.map((subject) => t(`subjects.${subject}`))) });
      case 'ages':
        return t('suggestions.reason.ages', { from: reason.from, to: reason.to });
      case 'languages':
        return t('suggestions.reason.languages', { languages: list.format(reason.languages.map((code) => languageName.of(code) ?? code)) });
      case 'timeZone':
        return t('suggestions.reason.timeZone', { hours: reason.hours });
      case 'active':
        return t('suggestions.reason.active', { days: reason.days });
      case 'looking':
        return t('suggestions.reason.looking');
    }
  };
  return (
    <div className={styles.reasons}>
      <h4>{t('suggestions.why')}</h4>
      <ul>
        {reasons.map((reason) => (
          <li key={reason.kind}>{say(reason)}</li>
        ))}
      </ul>
    </div>
  );
}
