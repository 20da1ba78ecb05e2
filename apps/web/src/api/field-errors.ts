import { textRuleNames, type TextRule } from '@jumelage/contracts';
import { ApiError } from './client.ts';

const fieldName = (path: string) => path.replace(/^(body|query)\.?/, '');

/**
 * The fields the server found invalid, by name ('email', 'school.new.town'), so that a page can
 * mark each one with its own translated message.
 */
export function invalidFieldsOf(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return new Set();
  const fromIssues = error.issues.map((issue) => issue.path);
  // Rules checked by the service (not the schema) name the field at the start of the message.
  const fromMessage = /^(body\.[\w.]+)/.exec(error.message)?.[1];
  return new Set([...fromIssues, ...(fromMessage ? [fromMessage] : [])].map(fieldName));
}

const isTextRule = (code: string): code is TextRule => (textRuleNames as readonly string[]).includes(code);

/** The fields whose text was refused for the characters it holds, with the rule each broke. */
export function textRulesBrokenBy(error: unknown): Map<string, TextRule> {
  if (!(error instanceof ApiError)) return new Map();
  return new Map(error.issues.flatMap(({ path, code }) => (isTextRule(code) ? [[fieldName(path), code] as const] : [])));
}

/**
 * A form's message for a refused field: why its text was refused when a text rule is why (the
 * same words in every form), else the form's own message for the field.
 */
export function fieldMessages(error: unknown, t: (key: string) => string): (field: string, key: string) => string | undefined {
  const invalid = invalidFieldsOf(error);
  const rules = textRulesBrokenBy(error);
  return (field, key) => {
    if (!invalid.has(field)) return undefined;
    const rule = rules.get(field);
    return t(rule ? `textRules.${rule}` : key);
  };
}
