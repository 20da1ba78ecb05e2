import { pagesOperations, type PageSummary } from '@jumelage/contracts';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { Button } from '../../design/Button.tsx';
import { Form, SubmitOrCancel } from '../../design/Form.tsx';
import { Panel } from '../../design/Page.tsx';
import { Select } from '../../design/Select.tsx';
import { TextField } from '../../design/TextField.tsx';
import { invalidFieldsOf } from '../../api/field-errors.ts';
import { ErrorState } from '../errors/ErrorState.tsx';
import { twinspacePagePath } from '../twinspace/twinspace-links.ts';
import { usePageChange, usePageTree } from './use-pages.ts';
import styles from './Pages.module.css';

/** The TwinSpace's pages as a tree by theme; teachers add pages. */
export function PagesPanel({ projectId, canOrganise }: { projectId: string; canOrganise: boolean }) {
  const { t } = useTranslation();
  const tree = usePageTree(projectId);
  const [adding, setAdding] = useState(false);
  return (
    <Panel title={t('pages.title')}>
      {tree.isPending && <p role="status">{t('app.loading')}</p>}
      {tree.isError && <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />}
      {tree.data &&
        (tree.data.pages.length === 0 ? (
          <p className={styles.muted}>{t(canOrganise ? 'pages.emptyTeacher' : 'pages.empty')}</p>
        ) : (
          <PageBranch projectId={projectId} pages={tree.data.pages} parentId={null} />
        ))}
      {canOrganise &&
        (adding ? (
          <NewPageForm projectId={projectId} pages={tree.data?.pages ?? []} onClose={() => setAdding(false)} />
        ) : (
          <Button variant="secondary" onPress={() => setAdding(true)}>
            {t('pages.new')}
          </Button>
        ))}
    </Panel>
  );
}

function PageBranch({ projectId, pages, parentId }: { projectId: string; pages: PageSummary[]; parentId: string | null }) {
  const { t } = useTranslation();
  const children = pages.filter((page) => page.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ul className={styles.tree}>
      {children.map((page) => (
        <li key={page.id}>
          <Link href={twinspacePagePath(projectId, page.id)}>{page.title}</Link>
          {page.visibility === 'public' && <span className={styles.badge}>{t('pages.visibility.public')}</span>}
          {page.editors === 'teachers' && <span className={styles.badge}>{t('pages.editors.teachers')}</span>}
          <PageBranch projectId={projectId} pages={pages} parentId={page.id} />
        </li>
      ))}
    </ul>
  );
}

function NewPageForm({ projectId, pages, onClose }: { projectId: string; pages: PageSummary[]; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [parentId, setParentId] = useState('');
  const create = usePageChange<{ id: string }>(projectId);
  const titleInvalid = invalidFieldsOf(create.error).has('title');
  const submit = () =>
    create.mutate(() => api.call(pagesOperations.create, { params: { id: projectId }, body: { title, parentId: parentId || null } }), {
      onSuccess: ({ id }) => void navigate(twinspacePagePath(projectId, id)),
    });
  return (
    <Form onSubmit={submit} label={t('pages.new')}>
      <TextField
        label={t('pages.pageTitle')}
        value={title}
        onChange={setTitle}
        isRequired
        errorMessage={titleInvalid ? t('pages.titleInvalid') : undefined}
        autoFocus
      />
      {create.isError && !titleInvalid && <ErrorState error={create.error} />}
      <Select
        label={t('pages.parent')}
        value={parentId}
        onChange={setParentId}
        options={[{ id: '', label: t('pages.topLevel') }, ...pages.map((page) => ({ id: page.id, label: page.title }))]}
      />
      <SubmitOrCancel submitLabel={t('pages.create')} cancelLabel={t('pages.cancel')} isDisabled={create.isPending} onCancel={onClose} />
    </Form>
  );
}
