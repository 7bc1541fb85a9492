import { useRef, type KeyboardEvent } from 'react';

// A wristband scanner is a keyboard: it "types" the barcode far faster than a person and ends with Enter.
// Keys arriving at most MAX_GAP_MS apart, at least MIN_LENGTH of them, then Enter, are taken as a scan.
// (Fast typists stay well above 50 ms between keys; scanners send a key every few milliseconds.)

const MAX_GAP_MS = 50;
const MIN_LENGTH = 4;

export function useWedgeScan(onScan: (text: string) => void) {
  const burst = useRef<{ text: string; last: number }>({ text: '', last: 0 });
  return (event: KeyboardEvent<HTMLInputElement>) => {
    const now = event.timeStamp;
    const b = burst.current;
    if (event.key === 'Enter') {
      const isScan = b.text.length >= MIN_LENGTH && now - b.last <= MAX_GAP_MS * 2;
      burst.current = { text: '', last: 0 };
      if (isScan) {
        event.preventDefault();
        onScan(b.text);
      }
      return;
    }
    if (event.key.length !== 1) return;
    burst.current =
      now - b.last <= MAX_GAP_MS ? { text: b.text + event.key, last: now } : { text: event.key, last: now };
  };
}
