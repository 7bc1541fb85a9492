// Drafts still being typed, across the whole renderer. Every open chart form registers how to save what is
// on screen; Lock and Sign out save them all before the session closes, so nothing typed a moment before is
// lost. What could not be saved (the workstation locked mid-save, say) is kept in memory, never in the page,
// and given back to the same nurse's form when it opens again after unlock.

type Flush = () => Promise<unknown>;

const open = new Set<Flush>();
const kept = new Map<string, { userId: string | null; payload: unknown }>();

/** Registers a form's save; the returned function unregisters it. */
export function registerDraft(flush: Flush): () => void {
  open.add(flush);
  return () => {
    open.delete(flush);
  };
}

/** Saves every open form's pending changes (each form says itself whether its save worked). */
export async function flushDrafts(): Promise<void> {
  await Promise.allSettled([...open].map((flush) => flush()));
}

/** Keeps a form's unsaved payload for the same nurse's next opening of the same form. */
export function keepUnsaved(key: string, userId: string | null, payload: unknown): void {
  kept.set(key, { userId, payload });
}

/** The payload kept for this form and nurse, taken once; another nurse never gets it. */
export function takeUnsaved(key: string, userId: string | null): unknown {
  const found = kept.get(key);
  kept.delete(key);
  return found && found.userId === userId ? found.payload : undefined;
}

/** Forgets everything kept (sign-out). */
export function forgetUnsaved(): void {
  kept.clear();
}
