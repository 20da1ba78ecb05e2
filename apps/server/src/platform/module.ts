import type { FastifyRequest } from 'fastify';
import type { SessionResolver } from './auth/actor.ts';
import type { AppDependencies, AppPlugin } from './http/app-plugin.ts';
import type { PagePrerenderer, PrerenderedPage } from './http/web-app.ts';
import type { EventHandler, EventHandlers } from './events/events.ts';
import type { HandlersByType } from './events/dispatcher.ts';
import type { ModuleTexts } from './mail/texts.ts';
import type { PersonalDataKeeper } from './privacy/personal-data.ts';
import type { ProjectArchiver } from './archive/project-archive.ts';
import { auditHandler } from './audit/audit.ts';
import { busHandlers } from './realtime/bus-handlers.ts';

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
  /** What it does when events happen (its own or others'): handlers run after the change commits. */
  events?: EventHandlers;
  /** The kinds of notification it sends: each has its text `notifications.<kind>` in the app and its mail `mails.<kind>`. */
  notifications?: readonly string[];
  /** The mails it sends that are not notifications, each `mails.<name>` in the catalogs. */
  mails?: readonly string[];
  /**
   * Texts the module brings itself, for a module whose texts are not in packages/catalogs (a
   * test's fixture); the domains of the platform write theirs in the catalogs.
   */
  texts?: ModuleTexts;
  /** What it keeps about a person: handed to them on request, erased with their account. Left out by a module that keeps nothing personal. */
  personalData?: PersonalDataKeeper;
  /** Its part of a project's lossless archive. Left out by a module that holds nothing of projects. */
  projectArchive?: ProjectArchiver;
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

/**
 * The platform's handlers and every module's, by event type; a module's handlers are named after
 * it. The audit's handler (`everyEvent`) runs for every event.
 */
export function eventHandlersOf(modules: readonly DomainModule[]): HandlersByType {
  const byType = new Map<string, EventHandler[]>();
  const add = (handlers: EventHandlers, prefix: string) => {
    for (const [type, list] of Object.entries(handlers) as Array<[string, readonly EventHandler[]]>) {
      byType.set(type, [...(byType.get(type) ?? []), ...list.map((handler) => ({ ...handler, name: prefix + handler.name }))]);
    }
  };
  add(busHandlers, '');
  for (const module of modules) add(module.events ?? {}, `${module.name}.`);
  return { byType, everyEvent: [auditHandler] };
}
