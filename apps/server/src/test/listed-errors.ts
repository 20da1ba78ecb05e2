import assert from 'node:assert/strict';
import { errorsOf, type ErrorBody } from '@jumelage/contracts';
import type { App } from '../platform/http/app-plugin.ts';

/**
 * The errors the app answered that their operation does not list: every error a test provokes
 * must be in its operation's contract (packages/contracts/src/<domain>/operations.ts).
 */
export function noteUnlistedErrors(app: App): { check: () => void } {
  const unlisted = new Set<string>();
  app.addHook('onSend', async (request, reply, payload) => {
    const operation = request.routeOptions.config.operation;
    const json = String(reply.getHeader('content-type')).startsWith('application/json');
    if (operation && reply.statusCode >= 400 && json && typeof payload === 'string') {
      const code = (JSON.parse(payload) as Partial<ErrorBody>).error?.code;
      if (code && !errorsOf(operation).includes(code)) unlisted.add(`${operation.method} ${operation.path} answered ${code}`);
    }
    return payload;
  });
  return { check: () => assert.deepEqual([...unlisted], [], 'an operation answered an error it does not list') };
}
