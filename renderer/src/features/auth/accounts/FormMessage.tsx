/** The result line under an account form: what was saved, or why not. */
export function FormMessage({ message }: { message: { kind: 'ok' | 'error'; text: string } | null }) {
  if (!message) return null;
  return (
    <p role={message.kind === 'ok' ? 'status' : 'alert'} className={`status status-${message.kind}`}>
      <span aria-hidden="true">{message.kind === 'ok' ? '✓ ' : '⚠ '}</span>
      {message.text}
    </p>
  );
}

export type Message = { kind: 'ok' | 'error'; text: string } | null;
