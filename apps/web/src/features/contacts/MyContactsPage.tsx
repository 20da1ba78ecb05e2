import type { ContactRequest } from '@jumelage/contracts';
import { contactsOperations, webPages } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, runCall } from '../../api/client.ts';
import { TeacherToolsPage } from '../../app/RequireTeacherTools.tsx';
import { Button, LinkButton } from '../../design/Button.tsx';
import { Card, CardMeta } from '../../design/Card.tsx';
import { EmptyState } from '../../design/EmptyState.tsx';
import { List } from '../../design/List.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { useCountryName } from '../countries/use-countries.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import styles from '../partners/PartnersPage.module.css';

/** A teacher's contacts: requests to answer, requests waiting, colleagues, and people blocked. */
export function MyContactsPage() {
  return (
    <TeacherToolsPage titleKey="myContacts.title">
      <Contacts />
    </TeacherToolsPage>
  );
}

function useContactAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runCall<unknown>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-contacts'] }),
  });
}

function Contacts() {
  const { t } = useTranslation();
  const contacts = useQuery({ queryKey: ['my-contacts'], queryFn: ({ signal }) => api.call(contactsOperations.listMine, { signal }) });
  const action = useContactAction();
  const countryName = useCountryName();
  if (contacts.isPending) return <Page title={t('myContacts.title')}>{t('app.loading')}</Page>;
  if (contacts.isError)
    return (
      <Page title={t('myContacts.title')}>
        <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />
      </Page>
    );
  const { incoming, outgoing, contacts: colleagues, blocked } = contacts.data;
  const where = (person: ContactRequest['person']) => `${person.schoolName}, ${person.town} · ${countryName(person.countryCode)}`;
  const busy = action.isPending;
  return (
    <Page title={t('myContacts.title')} intro={<p>{t('myContacts.intro')}</p>}>
      {action.isError && <ErrorState error={action.error} />}
      {incoming.length > 0 && (
        <Panel title={t('myContacts.incoming', { count: incoming.length })}>
          <List>
            {incoming.map((request) => (
              <Card key={request.id} title={request.person.name}>
                <CardMeta>{where(request.person)}</CardMeta>
                <p className={styles.message}>{request.message}</p>
                <div className={styles.actions}>
                  <Button
                    isDisabled={busy}
                    onPress={() => action.mutate(() => api.call(contactsOperations.accept, { params: { id: request.id } }))}
                  >
                    {t('myContacts.accept')}
                  </Button>
                  <Button
                    variant="secondary"
                    isDisabled={busy}
                    onPress={() => action.mutate(() => api.call(contactsOperations.decline, { params: { id: request.id } }))}
                  >
                    {t('myContacts.decline')}
                  </Button>
                </div>
              </Card>
            ))}
          </List>
        </Panel>
      )}
      <Panel title={t('myContacts.contacts', { count: colleagues.length })}>
        {colleagues.length === 0 ? (
          <EmptyState>
            <p>{t('myContacts.none')}</p>
            <LinkButton href={webPages.partners} variant="secondary">
              {t('nav.partners')}
            </LinkButton>
          </EmptyState>
        ) : (
          <List>
            {colleagues.map((person) => (
              <Card key={person.id} title={person.name}>
                <CardMeta>
                  {where(person)} · <a href={`mailto:${person.email}`}>{person.email}</a>
                </CardMeta>
                <div className={styles.actions}>
                  <Button
                    variant="quiet"
                    isDisabled={busy}
                    onPress={() => action.mutate(() => api.call(contactsOperations.remove, { params: { userId: person.id } }))}
                  >
                    {t('myContacts.remove')}
                  </Button>
                  <Button
                    variant="quiet"
                    isDisabled={busy}
                    onPress={() => action.mutate(() => api.call(contactsOperations.block, { params: { userId: person.id } }))}
                  >
                    {t('myContacts.block')}
                  </Button>
                </div>
              </Card>
            ))}
          </List>
        )}
      </Panel>
      {outgoing.length > 0 && (
        <Panel title={t('myContacts.outgoing', { count: outgoing.length })}>
          <List>
            {outgoing.map((request) => (
              <Card key={request.id} title={request.person.name}>
                <CardMeta>{where(request.person)}</CardMeta>
              </Card>
            ))}
          </List>
        </Panel>
      )}
      {blocked.length > 0 && (
        <Panel title={t('myContacts.blocked')}>
          <List>
            {blocked.map((person) => (
              <li key={person.id} className={styles.actions}>
                <span>{person.name}</span>
                <Button
                  variant="quiet"
                  isDisabled={busy}
                  onPress={() => action.mutate(() => api.call(contactsOperations.unblock, { params: { userId: person.id } }))}
                >
                  {t('myContacts.unblock', { name: person.name })}
                </Button>
              </li>
            ))}
          </List>
        </Panel>
      )}
    </Page>
  );
}
