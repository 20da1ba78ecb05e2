import { useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

const waitForTargetMs = 3_000;

/**
 * What a browser does on a page load, done again for the app's own navigations: a link to `#part`
 * brings that part under the sticky header (once its page has loaded), any other link starts the
 * new page at the top with the focus on its main content. Back and forward keep the browser's own
 * restoring.
 */
export function useScrollOnNavigation(main: React.RefObject<HTMLElement | null>, header: React.RefObject<HTMLElement | null>): void {
  const { key, hash } = useLocation();
  const navigationType = useNavigationType();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (navigationType === NavigationType.Pop) return;
    if (!hash) {
      window.scrollTo(0, 0);
      // Unless the new page has put it somewhere in itself already (a form's first field).
      if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
      return;
    }
    return whenPresent(decodeURIComponent(hash.slice(1)), (target) => {
      const headerHeight = header.current?.offsetHeight ?? 0;
      window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - headerHeight });
    });
  }, [key, hash, navigationType, main, header]);
}

/** Calls `found` with the element of this id as soon as it is in the page (a lazy page may bring it). */
function whenPresent(id: string, found: (element: HTMLElement) => void): () => void {
  const giveUpAt = performance.now() + waitForTargetMs;
  let frame = 0;
  const look = () => {
    const element = document.getElementById(id);
    if (element) found(element);
    else if (performance.now() < giveUpAt) frame = requestAnimationFrame(look);
  };
  look();
  return () => cancelAnimationFrame(frame);
}
