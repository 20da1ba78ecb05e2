import compress from '@fastify/compress';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { credentialsRoutes } from './modules/accounts/credentials-routes.ts';
import { adminRoutes } from './modules/admin/routes.ts';
import { accountsRoutes } from './modules/accounts/routes.ts';
import { contactsRoutes } from './modules/contacts/routes.ts';
import { countriesRoutes } from './modules/countries/routes.ts';
import { prerenderGalleryPage } from './modules/dissemination/prerender.ts';
import { galleryRoutes } from './modules/dissemination/routes.ts';
import { ideasRoutes } from './modules/ideas/routes.ts';
import { notificationsRoutes } from './modules/notifications/routes.ts';
import { nssRoutes } from './modules/nss/routes.ts';
import { teacherContactsRoutes } from './modules/partners/contacts-routes.ts';
import { partnersRoutes } from './modules/partners/routes.ts';
import { projectsRoutes } from './modules/projects/routes.ts';
import { schoolsRoutes } from './modules/schools/routes.ts';
import { twinspaceRoutes } from './modules/twinspace/routes.ts';
import { materialsRoutes } from './modules/twinspace/materials/routes.ts';
import { pagesRoutes } from './modules/twinspace/pages/routes.ts';
import { healthRoutes } from './platform/health.ts';
import type { App, AppDependencies, AppPlugin } from './platform/http/app-plugin.ts';
import { installAuthentication } from './platform/http/authentication.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { requestIdOf } from './platform/http/request-id.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { installWebApp } from './platform/http/web-app.ts';
import { platformVersion } from './platform/version.ts';
import { createBus } from './platform/realtime/bus.ts';

const modules: AppPlugin[] = [healthRoutes, countriesRoutes, schoolsRoutes, accountsRoutes, credentialsRoutes, nssRoutes, contactsRoutes, adminRoutes, partnersRoutes, teacherContactsRoutes, ideasRoutes, projectsRoutes, notificationsRoutes, galleryRoutes, twinspaceRoutes, pagesRoutes, materialsRoutes];

/** The whole HTTP application, from its dependencies; main.ts and the tests both build it here. */
export async function buildApp(dependencies: Omit<AppDependencies, 'bus'> & { logger: Logger }): Promise<App> {
  const { logger, ...given } = dependencies;
  const moduleDependencies: AppDependencies = { ...given, bus: createBus(given.redis, logger) };
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
  app.addHook('onClose', async () => moduleDependencies.bus.close());
  installErrorHandler(app);
  await installSecurityHeaders(app);
  await app.register(compress, { threshold: 1024 });
  await installAuthentication(app, moduleDependencies.database);
  await installOpenApi(app, platformVersion);

  for (const module of modules) {
    await app.register(async (scope) => module(scope.withTypeProvider<ZodTypeProvider>(), moduleDependencies));
  }
  await installWebApp(app, moduleDependencies.config.webDistDir, (request, pathname) => prerenderGalleryPage(moduleDependencies, request, pathname));
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
