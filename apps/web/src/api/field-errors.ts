import { textRuleNames, type TextRule, type ValidationIssue } from '@jumelage/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

/** A field's name as the form knows it: the issue's path without the part of the request ('body.school.new.town' is 'school.new.town'). */
const fieldName = (path: string) => path.split('.').slice(1).join('.');
const isTextRule = (code: string): code is TextRule => (textRuleNames as readonly string[]).includes(code);

/** The first issue the server found with each field, by the field's name. */
function issuesByField(error: unknown): Map<string, ValidationIssue> {
  const byField = new Map<string, ValidationIssue>();
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return byField;
  for (const issue of error.issues) if (!byField.has(fieldName(issue.path))) byField.set(fieldName(issue.path), issue);
  return byField;
}

/**
 * The fields the server found invalid, by name ('email', 'school.new.town'), so that a page can
 * mark each one with its own translated message.
 */
export function invalidFieldsOf(error: unknown): Set<string> {
  return new Set(issuesByField(error).keys());
}

/** The fields whose text was refused for the characters it holds, with the rule each broke. */
export function textRulesBrokenBy(error: unknown): Map<string, TextRule> {
  return new Map([...issuesByField(error)].flatMap(([field, { code }]) => (isTextRule(code) ? [[field, code] as const] : [])));
}

/** The words for an issue: `fieldErrors.<code>`, with the bounds it broke. */
export function issueMessage(issue: Pick<ValidationIssue, 'code' | 'params'>, t: TFunction): string {
  return t(`fieldErrors.${issue.code}`, issue.params ?? {});
}

/**
 * A form's message for a refused field: why its text was refused when a text rule is why (the
 * same words in every form), else the form's own message for the field when it has one (`key`),
 * else the words for what the server found wrong.
 */
export function fieldMessages(error: unknown, t: TFunction): (field: string, key?: string) => string | undefined {
  const issues = issuesByField(error);
  return (field, key) => {
    const issue = issues.get(field);
    if (!issue) return undefined;
    return key && !isTextRule(issue.code) ? t(key) : issueMessage(issue, t);
  };
}
