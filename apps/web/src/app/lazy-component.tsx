import { createElement, use, type ComponentType, type ReactNode } from 'react';
import { loadWholeEnglish } from '../i18n/i18n.ts';
import { reloadForNewVersion } from './new-version.ts';

type PropsOf<Component> = Component extends (props: infer Props extends object) => ReactNode ? Props : object;

/** A component whose code loads the first time it is shown, or earlier with preload(). */
export type LazyComponent<Props extends object> = ((props: Props) => ReactNode) & { preload: () => Promise<unknown> };

/**
 * A component whose code is its own chunk: the home page and the header's menus (which need only
 * the bundled sections of the catalog). Components are named exports; the caller wraps them in
 * Suspense. When preload() has settled before the first render (main.tsx waits for the page at
 * the address), it renders at once instead of suspending: no fallback, then the page.
 */
export function lazyComponent<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): LazyComponent<PropsOf<Module[Name]>> {
  let loading: Promise<Module> | undefined;
  const preload = () => {
    if (!loading) {
      const started = load().catch(reloadForNewVersion);
      // What React's use() reads to return a settled promise's value without suspending.
      void started.then((module) => Object.assign(started, { status: 'fulfilled', value: module }));
      loading = started;
    }
    return loading;
  };
  function Lazy(props: PropsOf<Module[Name]>) {
    return createElement(use(preload())[name] as ComponentType<PropsOf<Module[Name]>>, props);
  }
  return Object.assign(Lazy, { preload });
}

/** A page other than the home page: its chunk and, loaded alongside, the whole English catalog. */
export function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): LazyComponent<PropsOf<Module[Name]>> {
  return lazyComponent(async () => (await Promise.all([load(), loadWholeEnglish()]))[0], name);
}
