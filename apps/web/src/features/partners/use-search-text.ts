import { useEffect, useState } from 'react';
import type { useUrlFilters } from './use-url-search.ts';

/**
 * The text field of a search page: typed freely, written to the URL 300 ms after the last key; the
 * URL changes with the back button too, and the field follows it (but keeps a space being typed).
 */
export function useSearchText(filters: ReturnType<typeof useUrlFilters>): [string, (text: string) => void] {
  const [text, setText] = useState(filters.get('q'));
  const urlText = filters.get('q');
  useEffect(() => setText((current) => (current.trim() === urlText ? current : urlText)), [urlText]);
  useEffect(() => {
    if (text.trim() === urlText) return;
    const timer = setTimeout(() => filters.set({ q: text.trim() }), 300);
    return () => clearTimeout(timer);
  }, [text, urlText, filters]);
  return [text, setText];
}
