import type { ReactNode } from 'react';

// A problem said at once to a screen reader (role="alert") and shown as colour, icon and words, never colour alone.

export function Alert({
  tone = 'error',
  testId,
  children,
}: {
  tone?: 'error' | 'warn';
  testId?: string;
  children: ReactNode;
}) {
  return (
    <p role="alert" className={`status status-${tone}`} data-testid={testId}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
