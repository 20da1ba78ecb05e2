import { webPages } from '@jumelage/contracts';
import { accountsOperations } from '@jumelage/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { invalidFieldsOf } from '../../api/field-errors.ts';
import { RequireSession } from '../../app/RequireSession.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';
import { Form, FormActions } from '../../design/Form.tsx';
import { Page, Panel } from '../../design/Page.tsx';
import { TextField } from '../../design/TextField.tsx';
import { ErrorState } from '../errors/ErrorState.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import styles from './SecurityPage.module.css';

/** Password, e-mail address, open sessions and deletion of one's own account. */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.title'));
  return (
    <RequireSession>
      {(session) => (
        <Page
          title={t('security.title')}
          intro={
            <p>
              {session.account.email === null
                ? t('security.introPupil', { username: session.account.username })
                : t('security.intro', { email: session.account.email })}
            </p>
          }
        >
          <ChangePassword />
          {session.account.can.manageAccount && <ChangeEmail />}
          <Sessions />
          {session.account.can.manageAccount && <DeleteAccount />}
        </Page>
      )}
    </RequireSession>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <Panel title={t('security.password.title')}>
      <ChangePasswordForm
        labels={{
          form: t('security.password.title'),
          current: t('security.password.current'),
          new: t('security.password.new'),
          submit: t('security.password.submit'),
        }}
        onChanged={() => setDone(true)}
      />
      {done && <Alert tone="info" title={t('security.password.done')} />}
    </Panel>
  );
}

function ChangeEmail() {
  const { t } = useTranslation();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const change = useMutation({
    mutationFn: () => api.call(accountsOperations.changeEmail, { body: { newEmail: newEmail.trim(), password } }),
  });
  const invalid = invalidFieldsOf(change.error);
  return (
    <Panel title={t('security.email.title')}>
      {change.isSuccess ? (
        <Alert tone="info" title={t('security.email.sent')}>
          <p>{t('security.email.sentText', { email: newEmail })}</p>
        </Alert>
      ) : (
        <Form onSubmit={() => change.mutate()} label={t('security.email.title')}>
          <TextField
            label={t('security.email.new')}
            type="email"
            value={newEmail}
            onChange={setNewEmail}
            isRequired
            autoComplete="email"
            errorMessage={invalid.has('newEmail') ? t('register.invalid.email') : undefined}
          />
          <TextField
            label={t('security.password.current')}
            type="password"
            value={password}
            onChange={setPassword}
            isRequired
            autoComplete="current-password"
          />
          {change.isError && !invalid.has('newEmail') && <ErrorState error={change.error} />}
          <FormActions>
            <Button type="submit" variant="secondary" isDisabled={change.isPending}>
              {t('security.email.submit')}
            </Button>
          </FormActions>
        </Form>
      )}
    </Panel>
  );
}

function Sessions() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: ['own-sessions'], queryFn: ({ signal }) => api.call(accountsOperations.listSessions, { signal }) });
  const end = useMutation({
    mutationFn: (id: string) => api.call(accountsOperations.endSession, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['own-sessions'] }),
  });
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Panel title={t('security.sessions.title')}>
      {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
      {end.isError && <ErrorState error={end.error} />}
      <ul className={styles.sessions}>
        {sessions.data?.sessions.map((session) => (
          <li key={session.id} className={styles.session}>
            <div>
              <strong>{describeBrowser(session.userAgent) || t('security.sessions.unknownBrowser')}</strong>
              {session.current && <span className={styles.current}>{t('security.sessions.current')}</span>}
              <p className={styles.sessionMeta}>
                {t('security.sessions.lastSeen', { date: format.format(new Date(session.lastSeenAt)), ip: session.ip })}
              </p>
            </div>
            {!session.current && (
              <Button variant="secondary" onPress={() => end.mutate(session.id)} isDisabled={end.isPending}>
                {t('security.sessions.end')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** "Firefox on Linux" from a user agent, enough for a person to recognise their device. */
function describeBrowser(userAgent: string): string {
  const browser = ['Edg', 'Firefox', 'Chrome', 'Safari'].find((name) => userAgent.includes(`${name}/`));
  const system = ['Windows', 'Android', 'iPhone', 'iPad', 'Mac OS', 'Linux'].find((name) => userAgent.includes(name));
  return [browser === 'Edg' ? 'Edge' : browser, system].filter(Boolean).join(' · ');
}

function DeleteAccount() {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.call(accountsOperations.deleteAccount, { body: { password } }),
    // A full load of the home page: nothing of the deleted account stays in this tab's memory.
    onSuccess: () => window.location.assign(webPages.home),
  });
  return (
    <Panel title={t('security.delete.title')}>
      <p>{t('security.delete.text')}</p>
      {!confirming ? (
        <div>
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            {t('security.delete.start')}
          </Button>
        </div>
      ) : (
        <Form onSubmit={() => remove.mutate()} label={t('security.delete.title')}>
          <TextField
            label={t('security.password.current')}
            type="password"
            value={password}
            onChange={setPassword}
            isRequired
            autoComplete="current-password"
            autoFocus
          />
          {remove.isError && <ErrorState error={remove.error} />}
          <FormActions>
            <Button type="submit" variant="danger" isDisabled={remove.isPending || password.length === 0}>
              {t('security.delete.confirm')}
            </Button>
            <Button variant="quiet" onPress={() => setConfirming(false)}>
              {t('nssQueue.cancel')}
            </Button>
          </FormActions>
        </Form>
      )}
    </Panel>
  );
}
