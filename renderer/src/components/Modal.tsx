import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal on the native <dialog>: showModal() makes the page behind inert and Esc closes it; focus goes back
 * to the control that opened it. Rendered into <body>: a dialog with a form must never sit inside the entry's
 * own <form> (nested forms are invalid, and the inner one would submit the page).
 */
export function Modal({
  title,
  onClose,
  children,
  className = 'modal',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The feature's own dialog styling. */
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>,
    document.body,
  );
}
