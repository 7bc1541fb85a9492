import { useEffect } from 'react';
import type { SessionStatus } from '../../../../shared/ipc/contract/auth';
import { call } from '../../app/api';

// Tells the core the nurse is using the app, on key, pointer, wheel and touch input, at most every 20 s.
// The core, not this timer, decides when to lock (its clock, the center's idle setting); the renderer
// learns it from the answers and from polling auth:status.
const THROTTLE_MS = 20_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function useHeartbeat(active: boolean, apply: (status: SessionStatus) => void): void {
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const onInput = () => {
      const now = Date.now();
      if (now - last < THROTTLE_MS) return;
      last = now;
      call('auth:activity', {}).then(apply, () => undefined);
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { passive: true, capture: true });
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [active, apply]);
}
