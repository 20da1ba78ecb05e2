import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Link as AriaLink,
  type ButtonProps as AriaButtonProps,
  type LinkProps as AriaLinkProps,
} from 'react-aria-components';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

type Styled = { variant?: ButtonVariant; children: ReactNode };

function classesFor(variant: ButtonVariant): string {
  return `${styles.button} ${styles[variant]}`;
}

/** An action on this page. Keyboard, touch and screen readers are handled by react-aria. */
export function Button({ variant = 'primary', ...props }: Omit<AriaButtonProps, 'className' | 'children'> & Styled) {
  return <AriaButton {...props} className={classesFor(variant)} />;
}

/** A link that looks like a button: for going somewhere, not doing something. */
export function LinkButton({ variant = 'primary', ...props }: Omit<AriaLinkProps, 'className' | 'children'> & Styled) {
  return <AriaLink {...props} className={classesFor(variant)} />;
}
