import type { ReactNode } from 'react';

// A problem said at once to a screen reader (role="alert") and shown as colour, icon and words, never colour alone.
// A standing warning that is part of the page (a setting still to make) is a note: read in its place, not announced.

export function Alert({
  tone = 'error',
  role = 'alert',
  testId,
  children,
}: {
  tone?: 'error' | 'warn';
  role?: 'alert' | 'note';
  testId?: string;
  children: ReactNode;
}) {
  return (
    <p role={role} className={`status status-${tone}`} data-testid={testId}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
