import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import type { IpcInput } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../app/api';
import { newRequestId } from './clock';

// One chart entry on a form: the payload being edited, autosaved as a draft a moment after each change
// (one save at a time, so a quick second change never creates a second draft), signed when the nurse signs,
// corrected as a new version with a reason once signed. What main computes (flags, grades, rates) comes
// back with each save and replaces the form's values when nothing was typed meanwhile.

export type DraftKind = IpcInput<'charting:save-draft'>['kind'];
type Payload = Record<string, unknown>;

export interface EntryOptions<P extends Payload> {
  kind: DraftKind;
  patientId: string;
  appointmentId: string | null;
  initial: ChartEntry | null;
  empty: P;
  onSaved?: (entry: ChartEntry) => void;
}

const AUTOSAVE_MS = 700;

function issuesOf(error: unknown): { message: string; fields: Record<string, string> } {
  if (!(error instanceof ApiError)) return { message: String(error), fields: {} };
  const fields: Record<string, string> = {};
  for (const issue of error.error.issues) fields[issue.path.replace(/^payload\./, '')] ??= issue.message;
  return { message: error.message, fields };
}

export function useEntry<P extends Payload>(options: EntryOptions<P>) {
  const { kind, patientId, appointmentId, empty, onSaved } = options;
  const [entry, setEntry] = useState<ChartEntry | null>(options.initial);
  const [payload, setPayloadState] = useState<P>(() => ({ ...empty, ...(options.initial?.payload ?? {}) }));
  const [edits, setEdits] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [correcting, setCorrecting] = useState(false);
  const refs = useRef<{ entry: ChartEntry | null; payload: P; edits: number; saved: number; queue: Promise<unknown> }>({
    entry: options.initial,
    payload,
    edits: 0,
    saved: 0,
    queue: Promise.resolve(),
  });

  const update = useCallback((change: Partial<P> | ((p: P) => P)) => {
    const next = typeof change === 'function' ? change(refs.current.payload) : { ...refs.current.payload, ...change };
    refs.current.payload = next;
    refs.current.edits += 1;
    setPayloadState(next);
    setEdits(refs.current.edits);
  }, []);

  const accept = useCallback(
    (saved: ChartEntry, edit: number) => {
      refs.current.entry = saved;
      setEntry(saved);
      setIssues({});
      setError(null);
      if (refs.current.edits === edit) {
        refs.current.payload = { ...empty, ...saved.payload };
        setPayloadState(refs.current.payload);
      }
      onSaved?.(saved);
    },
    [empty, onSaved],
  );

  const fail = useCallback((e: unknown) => {
    const { message, fields } = issuesOf(e);
    setError(message);
    setIssues(fields);
    return null;
  }, []);

  const saveNow = useCallback((): Promise<ChartEntry | null> => {
    const run = async () => {
      const current = refs.current.entry;
      if (current?.status === 'signed') return current;
      const edit = refs.current.edits;
      if (current && edit === refs.current.saved) return current;
      setSaving(true);
      try {
        const saved = await call('charting:save-draft', {
          ...(current ? { id: current.id, expectedUpdatedAt: current.updatedAt } : {}),
          patientId,
          appointmentId,
          kind,
          payload: refs.current.payload as IpcInput<'charting:save-draft'>['payload'],
          clientRequestId: newRequestId(),
        });
        refs.current.saved = edit;
        accept(saved, edit);
        return saved;
      } catch (e) {
        return fail(e);
      } finally {
        setSaving(false);
      }
    };
    const next = refs.current.queue.then(run, run);
    refs.current.queue = next;
    return next;
  }, [accept, appointmentId, fail, kind, patientId]);

  useEffect(() => {
    if (edits === 0 || correcting || refs.current.entry?.status === 'signed') return;
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [correcting, edits, saveNow]);

  /** Saves what is on screen, then signs it (with the second nurse's token for a double check). */
  const sign = useCallback(
    async (verificationToken?: string): Promise<ChartEntry | null> => {
      const saved = await saveNow();
      if (!saved) return null;
      try {
        const signed = await call('charting:sign', {
          id: saved.id,
          clientRequestId: newRequestId(),
          expectedUpdatedAt: saved.updatedAt,
          ...(verificationToken ? { verificationToken } : {}),
        });
        accept(signed, refs.current.edits);
        return signed;
      } catch (e) {
        return fail(e);
      }
    },
    [accept, fail, saveNow],
  );

  const correct = useCallback(
    async (reason: string): Promise<ChartEntry | null> => {
      const current = refs.current.entry;
      if (!current) return null;
      try {
        const corrected = await call('charting:correct', {
          id: current.id,
          payload: refs.current.payload as IpcInput<'charting:correct'>['payload'],
          reason,
          clientRequestId: newRequestId(),
        });
        setCorrecting(false);
        accept(corrected, refs.current.edits);
        return corrected;
      } catch (e) {
        return fail(e);
      }
    },
    [accept, fail],
  );

  const isSigned = entry?.status === 'signed';
  return {
    entry,
    payload,
    update,
    saveNow,
    sign,
    correct,
    saving,
    error,
    issues,
    correcting,
    setCorrecting,
    /** Nothing can be typed: the entry is signed and no correction is under way. */
    readOnly: isSigned && !correcting,
  };
}

export type EntryHandle<P extends Payload> = ReturnType<typeof useEntry<P>>;
