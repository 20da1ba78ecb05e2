import { AppError, notFound } from '../errors.ts';
import { forbidden, type Actor } from './actor.ts';

/** Who a rule is about: the person signed in, or another one (the teachers who look after a pupil). */
export type Person = Pick<Actor, 'userId' | 'role' | 'status' | 'countryCode'>;

/**
 * One action of a domain's policy, asked in this order:
 * - `see`: does the subject exist for the actor? When not, 404 `not_found`, as for a subject that
 *   does not exist at all, so a stranger learns nothing. `see` may narrow the subject's type (a
 *   member's place in a TwinSpace is known once they see it).
 * - `allow`: may this person, in their place towards the subject, do it? When not, 403 `forbidden`.
 * - `when`: does the subject's state allow it now? When not, 409 `conflict`: it may later.
 */
export type Rule<Subject, Seen extends Subject = Subject> = {
  /** What the subject is called in a 404: 'This project'. */
  name: string;
  see: (actor: Person | undefined, subject: Subject) => subject is Seen;
  allow: (actor: Person, subject: Seen) => boolean;
  when: (subject: Seen, actor: Person) => boolean;
  /** The 403's message, when `allow` refuses. */
  refused: string;
  /** The 409's message, when `when` refuses. */
  notNow: (subject: Seen, action: string) => string;
};

type AnyRule = {
  see: (actor: Person | undefined, subject: never) => boolean;
  allow: (actor: Person, subject: never) => boolean;
  when: (subject: never, actor: Person) => boolean;
};
type SubjectOf<R> = R extends { see: (actor: Person | undefined, subject: infer Subject) => boolean } ? Subject : never;
/** A rule about no subject (only the person matters) is asked without one. */
type SubjectArgument<R> = [SubjectOf<R>] extends [void] ? [] : [SubjectOf<R>];

export type Policy<Rules extends Record<string, AnyRule>> = {
  rules: Rules;
  /** True when the actor may do the action, now: what a response's `can` says. */
  can: <Action extends keyof Rules & string>(actor: Person | undefined, action: Action, ...subject: SubjectArgument<Rules[Action]>) => boolean;
};

/** The actions of a policy about one kind of subject. */
export type ActionOn<P extends Policy<Record<string, AnyRule>>, Subject> = {
  [Action in keyof P['rules'] & string]: [SubjectOf<P['rules'][Action]>] extends [Subject] ? ([Subject] extends [SubjectOf<P['rules'][Action]>] ? Action : never) : never;
}[keyof P['rules'] & string];

export type Verdict = 'allowed' | 'hidden' | 'forbidden' | 'not_now' | 'unauthenticated';

const always = () => true;
/** Allows whoever sees the subject, visitors who are not signed in too: `read: onMaterial(anyone)`. */
export const anyone = (): boolean => true;
const notNowByDefault = 'This cannot be done now';

function verdictOf<Subject, Seen extends Subject>(rule: Rule<Subject, Seen>, actor: Person | undefined, subject: Subject): Verdict {
  if (!rule.see(actor, subject)) return 'hidden';
  if (!actor) return rule.allow === anyone ? 'allowed' : 'unauthenticated';
  if (!rule.allow(actor, subject)) return 'forbidden';
  return rule.when(subject, actor) ? 'allowed' : 'not_now';
}

const refusedByDefault = 'You may not do this';

/** A rule that only looks at the person (and a subject everyone may see), like "validated teachers create projects". */
export function rule<Subject = void>(
  allow: (actor: Person, subject: Subject) => boolean,
  { when = always, refused = refusedByDefault, notNow = notNowByDefault }: Partial<Pick<Rule<Subject>, 'when' | 'refused'>> & { notNow?: string } = {},
): Rule<Subject> {
  return { name: 'This resource', see: (_actor, _subject): _subject is Subject => true, allow, when, refused, notNow: () => notNow };
}

/**
 * The rules about one kind of subject share how it is seen: `const onProject = rulesOn({ name,
 * see })`, then one rule a line: `edit: onProject(founder, editable)`.
 */
export function rulesOn<Subject, Seen extends Subject>(about: Pick<Rule<Subject, Seen>, 'name' | 'see'> & Partial<Pick<Rule<Subject, Seen>, 'notNow'>>) {
  return (allow: (actor: Person, subject: Seen) => boolean, when: (subject: Seen, actor: Person) => boolean = always): Rule<Subject, Seen> => ({
    refused: refusedByDefault,
    notNow: () => notNowByDefault,
    ...about,
    allow,
    when,
  });
}

export function definePolicy<Rules extends Record<string, AnyRule>>(rules: Rules): Policy<Rules> {
  return {
    rules,
    can: (actor, action, ...subject) => verdictOf(rules[action] as unknown as Rule<unknown>, actor, subject[0]) === 'allowed',
  };
}

/** The policy's whole answer, for its tests: which of the refusals, if any. */
export function verdict<Rules extends Record<string, AnyRule>, Action extends keyof Rules & string>(
  policy: Policy<Rules>,
  actor: Person | undefined,
  action: Action,
  ...subject: SubjectArgument<Rules[Action]>
): Verdict {
  return verdictOf(policy.rules[action] as unknown as Rule<unknown>, actor, subject[0]);
}

/**
 * The first line of a use case: throws 404 when the subject is not visible to the actor, 401 when
 * nobody is signed in, 403 when the actor may not, 409 when the subject's state does not allow it now.
 */
export function authorize<Rules extends Record<string, AnyRule>, Action extends keyof Rules & string>(
  policy: Policy<Rules>,
  actor: Person | undefined,
  action: Action,
  ...subject: SubjectArgument<Rules[Action]>
): void {
  const rule = policy.rules[action] as unknown as Rule<unknown>;
  switch (verdictOf(rule, actor, subject[0])) {
    case 'allowed':
      return;
    case 'hidden':
      throw notFound(rule.name);
    case 'unauthenticated':
      throw new AppError('unauthenticated', 401, 'Sign in first');
    case 'forbidden':
      throw forbidden(rule.refused);
    case 'not_now':
      throw new AppError('conflict', 409, rule.notNow(subject[0], action));
  }
}

/** A response's `can`: the policy's answer for each action named, on one subject. */
export function abilities<Rules extends Record<string, AnyRule>, Action extends keyof Rules & string>(
  policy: Policy<Rules>,
  actor: Person | undefined,
  actions: readonly Action[],
  ...subject: SubjectArgument<Rules[Action]>
): Record<Action, boolean> {
  return Object.fromEntries(actions.map((action) => [action, policy.can(actor, action, ...subject)])) as Record<Action, boolean>;
}
