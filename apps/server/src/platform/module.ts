import type { FastifyRequest } from 'fastify';
import type { SessionResolver } from './auth/actor.ts';
import type { AppDependencies, AppPlugin } from './http/app-plugin.ts';
import type { PagePrerenderer, PrerenderedPage } from './http/web-app.ts';

/**
 * A domain of the platform as the rest of the system sees it: each `modules/<name>/module.ts`
 * exports one, and `modules/registry.ts` lists them. What a module offers other modules is what
 * its module.ts exports; nothing else of its folder may be imported from outside (lint checks it).
 */
export type DomainModule = {
  /** One word, the name of its folder here, in packages/contracts and in the web app. */
  name: string;
  /** Its HTTP routes, registered in a scope of their own. */
  routes: AppPlugin[];
  /** Writes the content of the module's pages into the web app's HTML, for readers without JavaScript. */
  prerender?: (dependencies: AppDependencies, request: FastifyRequest, pathname: string) => Promise<PrerenderedPage | undefined>;
  /** For the one module that keeps sign-in sessions: who a session cookie's token stands for. */
  sessions?: (dependencies: AppDependencies) => SessionResolver;
};

/** The pages the modules write into the web app's HTML: the first module that knows a path writes it. */
export function prerendererOf(modules: readonly DomainModule[], dependencies: AppDependencies): PagePrerenderer {
  const prerenderers = modules.flatMap((module) => (module.prerender ? [module.prerender] : []));
  return async (request, pathname) => {
    for (const prerender of prerenderers) {
      const page = await prerender(dependencies, request, pathname);
      if (page) return page;
    }
    return undefined;
  };
}

/** Who a session cookie stands for, as the module that keeps sessions says; nobody without one. */
export function sessionResolverOf(modules: readonly DomainModule[], dependencies: AppDependencies): SessionResolver {
  const keeper = modules.find((module) => module.sessions);
  return keeper?.sessions?.(dependencies) ?? (async () => undefined);
}
