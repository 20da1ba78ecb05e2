import { HocuspocusProvider } from '@hocuspocus/provider';
import { pagesOperations, webPages } from '@jumelage/contracts';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { api } from '../../api/client.ts';
import { Alert } from '../../design/Alert.tsx';
import { LinkButton } from '../../design/Button.tsx';
import { useSession } from '../accounts/use-session.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import styles from './Pages.module.css';

export type Collaborator = { name: string; color: string };
type Status = 'connecting' | 'connected' | 'disconnected';
/** Why the page stopped for good until it is reloaded: sending again would be refused again. */
type Stop = 'full' | 'signedOut';

// Colours readable as a 2 px caret on white; each person keeps one for the session.
const caretColours = ['#1d4ed8', '#b42318', '#067647', '#7c3aed', '#b45309', '#0e7490'];
export const caretColourFor = (id: string) =>
  caretColours[[...id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % caretColours.length]!;

const collaborationUrl = () =>
  `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${api.url(pagesOperations.collaborate)}`;

/**
 * The page's text, shared live with everyone who has it open. When the server closes the page
 * for me (my access changed), it opens again and the server decides anew what I may do.
 */
type EditorProps = { documentName: string; me: Collaborator; editable: boolean; projectId: string; onTextChanged: () => void };

export function CollaborativeEditor({ onAccessChanged, ...props }: EditorProps & { onAccessChanged: () => void }) {
  const [generation, setGeneration] = useState(0);
  const reopen = () => {
    setGeneration((value) => value + 1);
    onAccessChanged();
  };
  return <SharedEditor key={`${props.documentName}-${generation}-${props.editable}`} {...props} onClosedByServer={reopen} />;
}

function SharedEditor({
  documentName,
  me,
  editable,
  onClosedByServer,
  projectId,
  onTextChanged,
}: EditorProps & { onClosedByServer: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('connecting');
  const [refused, setRefused] = useState(false);
  const [stopped, setStopped] = useState<Stop>();
  const signInPage = useSession().data?.account.role === 'pupil' ? webPages.pupilSignIn : webPages.signIn;
  const [connection] = useState(() => {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: collaborationUrl(),
      name: documentName,
      document: doc,
      token: 'session-cookie',
      onStatus: ({ status: next }) => setStatus(next),
      onAuthenticationFailed: () => setRefused(true),
      onClose: ({ event }) => {
        if (event.reason === 'access changed') onClosedByServer();
        const stop = stopFor(event);
        if (stop) {
          setStopped(stop);
          provider.destroy();
        }
      },
    });
    return { doc, provider };
  });
  useEffect(() => () => connection.provider.destroy(), [connection]);
  // Anyone's edit once the stored text has arrived, mine or another's.
  useEffect(() => {
    const changed = () => {
      if (connection.provider.synced) onTextChanged();
    };
    connection.doc.on('update', changed);
    return () => connection.doc.off('update', changed);
  }, [connection, onTextChanged]);

  const editor = useEditor({
    editable,
    injectCSS: false,
    extensions: [
      StarterKit.configure({ undoRedo: false, link: { openOnClick: false, protocols: ['mailto'], autolink: true } }),
      TableKit.configure({ table: { resizable: false } }),
      Image,
      Collaboration.configure({ document: connection.doc }),
      CollaborationCaret.configure({
        provider: connection.provider,
        user: me,
        render: renderCaret,
        selectionRender: () => ({ class: styles.remoteSelection ?? '' }),
      }),
    ],
    editorProps: {
      attributes: { class: styles.editorSurface ?? '', 'aria-label': t('pages.editorLabel'), 'aria-multiline': 'true', role: 'textbox' },
    },
  });

  useEffect(() => {
    if (stopped) editor?.setEditable(false);
  }, [stopped, editor]);

  if (refused) return <p role="alert">{t('pages.refused')}</p>;
  return (
    <div className={styles.editor}>
      {stopped === 'full' && <Alert tone="error" title={t('pages.full')} />}
      {stopped === 'signedOut' && (
        <Alert tone="error" title={t('pages.signedOut')}>
          <p>
            <LinkButton href={signInPage}>{t('pages.signInAgain')}</LinkButton>
          </p>
        </Alert>
      )}
      {!stopped && (
        <p className={styles.status} role="status" data-status={status}>
          {t(`pages.status.${status}`)}
          {!editable && ` · ${t('pages.readOnly')}`}
        </p>
      )}
      {editable && !stopped && editor && <EditorToolbar editor={editor} projectId={projectId} />}
      <EditorContent editor={editor} />
    </div>
  );
}

/**
 * The session ended (signed out, here or elsewhere, or by a new password): the server says so, or
 * refuses the next connection for want of a session.
 */
function stopFor(event: { code: number; reason: string }): Stop | undefined {
  if (event.reason === 'page full') return 'full';
  if (event.reason === 'signed out' || event.code === 4401) return 'signedOut';
  return undefined;
}

/** Another person's caret: built with the DOM's style object, as the CSP forbids style attributes. */
function renderCaret(user: Record<string, string>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = styles.caret!;
  // A name floating in the text: shown to the eye, not read as part of the page.
  caret.setAttribute('aria-hidden', 'true');
  caret.dataset.collaborator = user.name ?? '';
  caret.style.borderColor = user.color ?? '#1d4ed8';
  const label = document.createElement('span');
  label.className = styles.caretLabel!;
  label.style.backgroundColor = user.color ?? '#1d4ed8';
  label.textContent = user.name ?? '';
  caret.append(label);
  return caret;
}
