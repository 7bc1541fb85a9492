import { useEffect } from 'react';

// A consent recorded on the Ready-to-treat panel must show at once in the banner above the visit, which asks
// main on its own: the form announces it, the banner listens and asks again (no reload of the visit).

const CONSENT_RECORDED = 'chairside:consent-recorded';

export function announceConsentRecorded(planId: string): void {
  window.dispatchEvent(new CustomEvent<string>(CONSENT_RECORDED, { detail: planId }));
}

export function useConsentRecorded(planId: string, onRecorded: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<string>).detail === planId) onRecorded();
    };
    window.addEventListener(CONSENT_RECORDED, listener);
    return () => window.removeEventListener(CONSENT_RECORDED, listener);
  }, [planId, onRecorded]);
}
