import { Component, type ReactNode } from 'react';
import { ApiError } from './api';

interface State {
  error: Error | null;
}

/** Shows what failed (with the error code when the core reported one) instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const code = error instanceof ApiError ? error.code : 'renderer';
    return (
      <main className="fatal" role="alert">
        <h1>
          <span aria-hidden="true">⚠ </span>Chairside hit a problem
        </h1>
        <p>
          Error code: <code data-testid="error-code">{code}</code>
        </p>
        <p>{error.message}</p>
        <p>Nothing you had already saved is lost. Reload the window to go on; if it happens again, tell IT.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
