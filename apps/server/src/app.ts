import compress from '@fastify/compress';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { domainModules } from './modules/registry.ts';
import { healthRoutes } from './platform/health.ts';
import type { App, AppDependencies } from './platform/http/app-plugin.ts';
import { installAuthentication } from './platform/http/authentication.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { requestIdOf } from './platform/http/request-id.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { installWebApp } from './platform/http/web-app.ts';
import { personalDataOf } from './platform/privacy/personal-data.ts';
import { eventHandlersOf, prerendererOf, sessionResolverOf, type DomainModule } from './platform/module.ts';
import { createEventDispatcher } from './platform/events/dispatcher.ts';
import { platformVersion } from './platform/version.ts';
import { createBus } from './platform/realtime/bus.ts';
import { createMailTexts } from './platform/mail/texts.ts';

/**
 * The whole HTTP application, from its dependencies; main.ts and the tests both build it here,
 * with every domain module unless a test gives its own list.
 */
export async function buildApp(
  dependencies: Omit<AppDependencies, 'bus' | 'mailTexts' | 'events' | 'personalData'> & {
    logger: Logger;
    modules?: readonly DomainModule[];
  },
): Promise<App> {
  const { logger, modules = domainModules, ...given } = dependencies;
  const services = {
    config: given.config,
    mailer: given.mailer,
    bus: createBus(given.redis, logger),
    mailTexts: createMailTexts(modules.flatMap((module) => (module.texts ? [module.texts] : []))),
  };
  const events = createEventDispatcher({ db: given.database.db, handlers: eventHandlersOf(modules), services, logger });
  const moduleDependencies: AppDependencies = { ...given, ...services, events, personalData: personalDataOf(modules) };
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    genReqId: requestIdOf,
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
    trustProxy: moduleDependencies.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  closeKeptAliveConnectionsWhenStopping(app);
  // Whatever a stopped process left due is handled at start; the dispatcher stops before the bus.
  app.addHook('onReady', async () => void events.dispatchDue());
  app.addHook('onClose', async () => {
    await events.close();
    await moduleDependencies.bus.close();
  });
  installErrorHandler(app);
  await installSecurityHeaders(app);
  await app.register(compress, { threshold: 1024 });
  await installAuthentication(app, sessionResolverOf(modules, moduleDependencies));
  await installOpenApi(app, platformVersion);

  for (const routes of [healthRoutes, ...modules.flatMap((module) => module.routes)]) {
    await app.register(async (scope) => routes(scope.withTypeProvider<ZodTypeProvider>(), moduleDependencies));
  }
  await installWebApp(app, moduleDependencies.config.webDistDir, prerendererOf(modules, moduleDependencies));
  return app;
}

/**
 * close() lets in-flight requests finish, but a keep-alive connection that becomes idle after
 * that would hold the process open: responses sent while stopping ask the client to hang up.
 */
function closeKeptAliveConnectionsWhenStopping(app: App): void {
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (stopping) reply.header('connection', 'close');
  });
}
