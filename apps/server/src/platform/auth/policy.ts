import type { ConflictCode } from '@jumelage/contracts';
import { AppError, notFound } from '../errors.ts';
import { forbidden, type Actor } from './actor.ts';

/** Who a rule is about: the person signed in, or another one (the teachers who look after a pupil). */
export type Person = Pick<Actor, 'userId' | 'role' | 'status' | 'countryCode'>;

/**
 * A state the subject must be in for an action. When it is not, the answer is 409 with the
 * condition's code, which says what stands in the way ('conflict', "someone changed this at the
 * same time", unless the rule names better).
 */
export type Condition<Seen> = {
  holds: (subject: Seen, actor: Person) => boolean;
  code: ConflictCode;
  /** The 409's message, in English. */
  message: (subject: Seen) => string;
};

/** `inState(during('active'), 'twinspace_read_only', 'The project is closed: its TwinSpace is read-only')` */
export function inState<Seen>(
  holds: (subject: Seen, actor: Person) => boolean,
  code: ConflictCode = 'conflict',
  message: string | ((subject: Seen) => string) = 'This cannot be done now',
): Condition<Seen> {
  return { holds, code, message: typeof message === 'string' ? () => message : message };
}

/**
 * One action of a domain's policy, asked in this order:
 * - `see`: does the subject exist for the actor? When not, 404 `not_found`, as for a subject that
 *   does not exist at all, so a stranger learns nothing. `see` may narrow the subject's type (a
 *   member's place in a TwinSpace is known once they see it).
 * - `allow`: may this person, in their place towards the subject, do it? When not, 403 `forbidden`.
 * - `when`: does the subject's state allow it now? When not, 409 with the code of the first
 *   condition unmet: it may later.
 */
export type Rule<Subject, Seen extends Subject = Subject> = {
  /** What the subject is called in a 404: 'This project'. */
  name: string;
  see: (actor: Person | undefined, subject: Subject) => subject is Seen;
  allow: (actor: Person, subject: Seen) => boolean;
  when: ReadonlyArray<Condition<Seen>>;
  /** The 403's message, when `allow` refuses. */
  refused: string;
};

type AnyRule = {
  see: (actor: Person | undefined, subject: never) => boolean;
  allow: (actor: Person, subject: never) => boolean;
  when: ReadonlyArray<{ holds: (subject: never, actor: Person) => boolean }>;
};
type SubjectOf<R> = R extends { see: (actor: Person | undefined, subject: infer Subject) => boolean } ? Subject : never;
/** A rule about no subject (only the person matters) is asked without one. */
type SubjectArgument<R> = [SubjectOf<R>] extends [void] ? [] : [SubjectOf<R>];

export type Policy<Rules extends Record<string, AnyRule>> = {
  rules: Rules;
  /** True when the actor may do the action, now: what a response's `can` says. */
  can: <Action extends keyof Rules & string>(
    actor: Person | undefined,
    action: Action,
    ...subject: SubjectArgument<Rules[Action]>
  ) => boolean;
};

/** The actions of a policy about one kind of subject. */
export type ActionOn<P extends Policy<Record<string, AnyRule>>, Subject> = {
  [Action in keyof P['rules'] & string]: [SubjectOf<P['rules'][Action]>] extends [Subject]
    ? [Subject] extends [SubjectOf<P['rules'][Action]>]
      ? Action
      : never
    : never;
}[keyof P['rules'] & string];

export type Verdict = 'allowed' | 'hidden' | 'forbidden' | 'not_now' | 'unauthenticated';

/** Allows whoever sees the subject, visitors who are not signed in too: `read: onMaterial(anyone)`. */
export const anyone = (): boolean => true;

/** The first condition of the rule the subject's state does not meet, if any. */
function unmetCondition<Seen>(rule: Pick<Rule<Seen>, 'when'>, subject: Seen, actor: Person): Condition<Seen> | undefined {
  return rule.when.find((condition) => !condition.holds(subject, actor));
}

/** Whether the subject's state allows the action now, whoever may do it: a page shows what is missing only then. */
export function stateAllows<Seen>(rule: Pick<Rule<Seen>, 'when'>, subject: Seen, actor: Person): boolean {
  return unmetCondition(rule, subject, actor) === undefined;
}

function verdictOf<Subject, Seen extends Subject>(rule: Rule<Subject, Seen>, actor: Person | undefined, subject: Subject): Verdict {
  if (!rule.see(actor, subject)) return 'hidden';
  if (!actor) return rule.allow === anyone ? 'allowed' : 'unauthenticated';
  if (!rule.allow(actor, subject)) return 'forbidden';
  return stateAllows(rule, subject, actor) ? 'allowed' : 'not_now';
}

const refusedByDefault = 'You may not do this';

/** A rule that only looks at the person (and a subject everyone may see), like "validated teachers create projects". */
export function rule<Subject = void>(
  allow: (actor: Person, subject: Subject) => boolean,
  { when, refused = refusedByDefault }: { when?: Condition<Subject>; refused?: string } = {},
): Rule<Subject> {
  return { name: 'This resource', see: (_actor, _subject): _subject is Subject => true, allow, when: when ? [when] : [], refused };
}

/**
 * The rules about one kind of subject share how it is seen: `const onProject = rulesOn({ name,
 * see })`, then one rule a line: `edit: onProject(founder, editable)`, with the conditions of
 * state it needs, if any (all of them, the first unmet one answers).
 */
export function rulesOn<Subject, Seen extends Subject>(about: Pick<Rule<Subject, Seen>, 'name' | 'see'>) {
  return (allow: (actor: Person, subject: Seen) => boolean, ...when: Array<Condition<Seen>>): Rule<Subject, Seen> => ({
    refused: refusedByDefault,
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
 * nobody is signed in, 403 when the actor may not, 409 with the unmet condition's code when the
 * subject's state does not allow it now.
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
      throw new AppError('unauthenticated', 'Sign in first');
    case 'forbidden':
      throw forbidden(rule.refused);
    case 'not_now': {
      const unmet = unmetCondition(rule, subject[0], actor!)!;
      throw new AppError(unmet.code, unmet.message(subject[0]));
    }
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
