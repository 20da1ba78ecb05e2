import { z } from 'zod';

/**
 * Text people send is refused, beyond its length, for the characters it holds. Every string a
 * request carries is built here (or is a uuid, an e-mail address, a date, a pattern or a fixed
 * word), so that no field can forget: PostgreSQL refuses NUL in text, and invisible or
 * direction-changing characters let a name or a title pass for another.
 * A refused field's issue has the rule as its code; the web app translates `fieldErrors.<rule>`.
 */
export const textRuleNames = ['control_characters', 'invisible_characters'] as const;
export type TextRule = (typeof textRuleNames)[number];
export const textRules: Record<TextRule, string> = {
  control_characters: 'must not contain control characters',
  invisible_characters: 'must not contain invisible or text-direction characters',
};

export function textRuleOf(message: string): TextRule | undefined {
  return textRuleNames.find((rule) => textRules[rule] === message);
}

// C0 and C1 controls (NUL among them) and the Unicode line and paragraph separators.
const withoutControls = /^[^\p{Cc}\u2028\u2029]*$/u;
// The same, keeping the tab and the line breaks of a text with paragraphs.
const withoutControlsButLineBreaks = /^(?:[^\p{Cc}\u2028\u2029]|[\t\n\r])*$/u;
// Zero-width space, direction marks, embeddings, overrides and isolates, word joiner and invisible
// operators, byte order mark. Zero-width (non-)joiners stay: emoji sequences and scripts need them.
const withoutInvisibles = /^[^\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*$/u;

/** One line a person types: a name, a title, a town, a search. */
export function singleLine() {
  return z.string().regex(withoutControls, textRules.control_characters).regex(withoutInvisibles, textRules.invisible_characters);
}

/** A text with paragraphs: a description, a message. Tabs and line breaks are kept. */
export function multiLine() {
  return z.string().regex(withoutControlsButLineBreaks, textRules.control_characters);
}

/** A password: any character but controls, so that no rule added later locks anyone out. */
export function secretText() {
  return z.string().regex(withoutControls, textRules.control_characters);
}

/** What the server gave to be sent back as it is: a link's token, a page's cursor (base64url). */
export function opaqueToken() {
  return z.string().regex(/^[\w-]*$/, 'is not one this server gave');
}
