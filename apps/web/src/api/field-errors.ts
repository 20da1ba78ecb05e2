import { ApiError } from './client.ts';

/**
 * The fields the server found invalid, by name ('email', 'school.new.town'), so that a page can
 * mark each one with its own translated message.
 */
export function invalidFieldsOf(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return new Set();
  const fromIssues = error.issues.map((issue) => issue.path);
  // Rules checked by the service (not the schema) name the field at the start of the message.
  const fromMessage = /^(body\.[\w.]+)/.exec(error.message)?.[1];
  return new Set([...fromIssues, ...(fromMessage ? [fromMessage] : [])].map((path) => path.replace(/^(body|query)\.?/, '')));
}
