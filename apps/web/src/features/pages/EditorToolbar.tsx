import { materialsOperations, type Material } from '@jumelage/contracts';
import type { Editor } from '@tiptap/react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/Button.tsx';
import { api } from '../../api/client.ts';
import { materialThumbnailUrl } from '../materials/use-materials.ts';
import styles from './Pages.module.css';

type Tool = { key: string; run: (editor: Editor) => void; active?: (editor: Editor) => boolean };

const tools: Tool[] = [
  { key: 'bold', run: (editor) => editor.chain().focus().toggleBold().run(), active: (editor) => editor.isActive('bold') },
  { key: 'italic', run: (editor) => editor.chain().focus().toggleItalic().run(), active: (editor) => editor.isActive('italic') },
  {
    key: 'heading',
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (editor) => editor.isActive('heading'),
  },
  {
    key: 'bulletList',
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
    active: (editor) => editor.isActive('bulletList'),
  },
  {
    key: 'orderedList',
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
    active: (editor) => editor.isActive('orderedList'),
  },
  { key: 'quote', run: (editor) => editor.chain().focus().toggleBlockquote().run(), active: (editor) => editor.isActive('blockquote') },
  { key: 'table', run: (editor) => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
];

/** Formatting for the page; every button is reachable by keyboard and says whether it is on. */
export function EditorToolbar({ editor, projectId }: { editor: Editor; projectId: string }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState<'link' | 'image' | null>(null);
  return (
    <div>
      <div role="toolbar" aria-label={t('pages.toolbar')} className={styles.toolbar}>
        {tools.map((tool) => (
          <button
            key={tool.key}
            type="button"
            className={styles.tool}
            aria-pressed={tool.active ? tool.active(editor) : undefined}
            onClick={() => tool.run(editor)}
          >
            {t(`pages.tools.${tool.key}`)}
          </button>
        ))}
        <button
          type="button"
          className={styles.tool}
          aria-expanded={picking === 'link'}
          onClick={() => setPicking(picking === 'link' ? null : 'link')}
        >
          {t('pages.tools.link')}
        </button>
        <button
          type="button"
          className={styles.tool}
          aria-expanded={picking === 'image'}
          onClick={() => setPicking(picking === 'image' ? null : 'image')}
        >
          {t('pages.tools.image')}
        </button>
      </div>
      {picking === 'link' && <LinkForm editor={editor} onDone={() => setPicking(null)} />}
      {picking === 'image' && <ImagePicker editor={editor} projectId={projectId} onDone={() => setPicking(null)} />}
    </div>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState(String(editor.getAttributes('link').href ?? 'https://'));
  const valid = /^(https?:\/\/\S+\.\S+|mailto:\S+@\S+)$/i.test(href);
  const apply = () => {
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onDone();
  };
  return (
    <div className={styles.inlineForm}>
      <label>
        {t('pages.linkAddress')}{' '}
        <input value={href} onChange={(event) => setHref(event.target.value)} className={styles.input} aria-invalid={!valid} />
      </label>
      <Button isDisabled={!valid} onPress={apply}>
        {t('pages.linkApply')}
      </Button>
      <Button
        variant="quiet"
        onPress={() => {
          editor.chain().focus().unsetLink().run();
          onDone();
        }}
      >
        {t('pages.linkRemove')}
      </Button>
    </div>
  );
}

/** Images come from the TwinSpace's own materials, never from another site. */
function ImagePicker({ editor, projectId, onDone }: { editor: Editor; projectId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const materials = useQuery({
    queryKey: ['materials-for-pages', projectId],
    queryFn: ({ signal }) => api.call(materialsOperations.list, { params: { id: projectId }, query: { limit: 100 }, signal }),
  });
  const images = materials.data?.materials.filter((material) => material.kind === 'image') ?? [];
  const insert = (material: Material) => {
    editor
      .chain()
      .focus()
      .setImage({
        src: api.url(materialsOperations.file, { params: { materialId: material.id }, query: { inline: '1' } }),
        alt: material.title ?? material.originalName,
      })
      .run();
    onDone();
  };
  if (materials.isPending) return <p role="status">{t('app.loading')}</p>;
  if (images.length === 0) return <p className={styles.muted}>{t('pages.noImages')}</p>;
  return (
    <ul className={styles.imagePicker} aria-label={t('pages.chooseImage')}>
      {images.map((material) => (
        <li key={material.id}>
          <button type="button" onClick={() => insert(material)} className={styles.imageChoice}>
            <img src={materialThumbnailUrl(material.id)} alt="" width={96} height={72} />
            <span>{material.title ?? material.originalName}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
