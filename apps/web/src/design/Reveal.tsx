import { useState, type ReactNode } from 'react';
import { Button } from './Button.tsx';

/** A button that opens a small form in place; the form gets the function that closes it again. */
export function Reveal({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (open) return children(() => setOpen(false));
  return (
    <div>
      <Button variant="secondary" onPress={() => setOpen(true)}>
        {label}
      </Button>
    </div>
  );
}
