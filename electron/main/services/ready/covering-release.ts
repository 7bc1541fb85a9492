import type { ReadyRelease } from '../../../../shared/ipc/contract/labs';
import type { Readiness, ReadyReason } from '../../../../shared/ready/result';
import { englishBefore } from '../../../../shared/ready/words';

// Whether a prescriber's release still covers the hold: every reason the dose is held for now must be one the
// prescriber released. A reason is matched on what it IS, its id (key and parameters, shared/ready/words.ts), so
// the words may change (a date written the reader's way, a sentence reworded) without voiding a release.
//
// A release entered before reasons had ids kept their English only. It covers a reason whose English, written the
// way it was written then (ISO dates, `englishBefore`), is the released one exactly, or whose English today is:
// the same rule as before ids, so such a release keeps covering the reasons it covered, dates included, as long as
// the sentence was not reworded. Anything not matched is not covered: the dose is held again (the safe side).

function isReleased(reason: ReadyReason, released: readonly ReadyReason[]): boolean {
  const before = reason.id === undefined ? null : englishBefore(reason.id);
  return released.some((r) =>
    r.id !== undefined ? r.id === reason.id : r.en === reason.en || (before !== null && r.en === before),
  );
}

/** The latest release, if it covers every reason the dose is held for now. */
export function coveringRelease(readiness: Readiness, releases: readonly ReadyRelease[]): ReadyRelease | null {
  const latest = releases[releases.length - 1];
  if (!latest) return null;
  return readiness.reasons.every((r) => isReleased(r, latest.releasedReasons)) ? latest : null;
}
