import { projectsOperations, type ProjectContent, type ProjectPatch } from '@jumelage/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { refreshProject } from './project-links.ts';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

const quietMs = 700;

/**
 * A draft that saves itself as it is typed: changes gather while the person types, then only the
 * changed fields are sent, one save at a time so that an older save never lands after a newer
 * one. A failed save keeps its changes and tries again with the next keystroke.
 */
export function useAutosave(projectId: string, initial: ProjectContent) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(initial);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<unknown>(undefined);
  const unsent = useRef<ProjectPatch>({});
  const saving = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    saving.current = saving.current.then(async () => {
      const patch = unsent.current;
      if (Object.keys(patch).length === 0) return;
      unsent.current = {};
      setState('saving');
      try {
        await api.call(projectsOperations.edit, { params: { id: projectId }, body: patch });
        setError(undefined);
        setState(Object.keys(unsent.current).length === 0 ? 'saved' : 'unsaved');
        void refreshProject(queryClient, projectId);
      } catch (failure) {
        unsent.current = { ...patch, ...unsent.current };
        setError(failure);
        setState('failed');
      }
    });
    return saving.current;
  }, [projectId, queryClient]);

  const change = useCallback(
    (patch: ProjectPatch) => {
      setForm((current) => ({ ...current, ...patch }));
      unsent.current = { ...unsent.current, ...patch };
      setState('unsaved');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), quietMs);
    },
    [flush],
  );

  // Leaving the page sends what is left; closing the tab with unsaved text asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(unsent.current).length > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void flush();
    };
  }, [flush]);

  return { form, change, flush, state, error };
}
