import i18next from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import type { IpcChannel } from '../../../../shared/ipc/channels';
import type { IpcInput } from '../../../../shared/ipc/contract';
import { ApiError, useMutation } from '../../app/api';
import { keepUnsaved, registerDraft, takeUnsaved } from '../../app/drafts';
import { useSession } from '../auth';
import { CHART_READS } from './chart-reads';
import { newRequestId } from './clock';
import { reasonInWords } from './fields';

// One chart entry on a form. The payload is saved as a draft a moment after each change, exactly as typed
// (drafts are never refused for a field's value: only signing checks the values), one save at a time. The
// form always knows whether what is on screen is stored: `unsaved` until the latest change is saved, and a
// failure says why, once, with retries spaced out for failures that may pass (never a storm). Lock and
// Sign out save every open form first; what could still not be saved comes back to the same nurse's form.
// A signature or a correction makes every open chart read ask again (CHART_READS); a draft only the reads
// that show drafts of its kind (`draftShownIn`).

export type DraftKind = IpcInput<'charting:save-draft'>['kind'];
type Payload = Record<string, unknown>;

export interface EntryOptions<P extends Payload> {
  kind: DraftKind;
  patientId: string;
  appointmentId: string | null;
  initial: ChartEntry | null;
  empty: P;
  /** Tells apart forms of one kind on one visit (the drug of an administration record). */
  formKey?: string;
  /** The reads that show this kind's drafts (the side-effect timeline, the CAR T trend, Ready to treat). */
  draftShownIn?: readonly IpcChannel[];
}

export type SaveProblem = { code: string; message: string };

const AUTOSAVE_MS = 700;
const RETRYABLE = new Set(['internal', 'busy', 'storage-error', 'network']);
const MAX_RETRY_MS = 60_000;

function problemOf(error: unknown): SaveProblem {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  return { code: 'network', message: String(error) };
}

/** Main's refusals by field (path without `payload.`), in the nurse's words where the app knows the rule. */
function fieldsOf(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const issue of error.error.issues) {
      fields[issue.path.replace(/^payload\./, '')] ??= reasonInWords(i18next.t, issue.message);
    }
  }
  return fields;
}

export function useEntry<P extends Payload>(options: EntryOptions<P>) {
  const { kind, patientId, appointmentId, empty } = options;
  const userId = useSession().status.user?.id ?? null;
  const formKey = `${kind}:${appointmentId ?? patientId}:${options.formKey ?? options.initial?.entryId ?? 'new'}`;
  const [restored] = useState(() => takeUnsaved(formKey, userId) as P | undefined);
  const [entry, setEntry] = useState<ChartEntry | null>(options.initial);
  const [payload, setPayloadState] = useState<P>(() => restored ?? { ...empty, ...(options.initial?.payload ?? {}) });
  const [edits, setEdits] = useState(restored ? 1 : 0);
  const [savedEdit, setSavedEdit] = useState(0);
  const draftSave = useMutation('charting:save-draft', { invalidates: options.draftShownIn ?? [] });
  const { run: sendDraft } = draftSave;
  const { run: sendSign } = useMutation('charting:sign', { invalidates: CHART_READS });
  const { run: sendCorrection } = useMutation('charting:correct', { invalidates: CHART_READS });
  const [saveProblem, setSaveProblem] = useState<SaveProblem | null>(null);
  const [signProblem, setSignProblem] = useState<SaveProblem | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [correcting, setCorrecting] = useState(false);
  const refs = useRef<{
    entry: ChartEntry | null;
    payload: P;
    edits: number;
    saved: number;
    queue: Promise<unknown>;
    failures: number;
  }>({ entry: options.initial, payload, edits: restored ? 1 : 0, saved: 0, queue: Promise.resolve(), failures: 0 });

  const update = useCallback((change: Partial<P> | ((p: P) => P)) => {
    const next = typeof change === 'function' ? change(refs.current.payload) : { ...refs.current.payload, ...change };
    refs.current.payload = next;
    refs.current.edits += 1;
    // A new edit gets its own attempt, even after a refusal that would not pass by itself.
    refs.current.failures = 0;
    setPayloadState(next);
    setEdits(refs.current.edits);
  }, []);

  const accept = useCallback(
    (saved: ChartEntry, edit: number) => {
      refs.current.entry = saved;
      refs.current.saved = Math.max(refs.current.saved, edit);
      refs.current.failures = 0;
      setEntry(saved);
      setSavedEdit(refs.current.saved);
      setSaveProblem(null);
      // What main worked out (flags, comparisons) replaces the form only when nothing was typed meanwhile.
      if (refs.current.edits === edit) {
        refs.current.payload = { ...empty, ...saved.payload };
        setPayloadState(refs.current.payload);
      }
    },
    [empty],
  );

  const saveNow = useCallback((): Promise<ChartEntry | null> => {
    const run = async (): Promise<ChartEntry | null> => {
      const current = refs.current.entry;
      if (current?.status === 'signed') return current;
      const edit = refs.current.edits;
      if (current && edit === refs.current.saved) return current;
      try {
        const saved = await sendDraft({
          ...(current ? { id: current.id, expectedUpdatedAt: current.updatedAt } : {}),
          patientId,
          appointmentId,
          kind,
          payload: refs.current.payload as IpcInput<'charting:save-draft'>['payload'],
          clientRequestId: newRequestId(),
        });
        accept(saved, edit);
        return saved;
      } catch (e) {
        refs.current.failures += 1;
        setSaveProblem(problemOf(e));
        return null;
      }
    };
    const next = refs.current.queue.then(run, run);
    refs.current.queue = next;
    return next;
  }, [accept, appointmentId, kind, patientId, sendDraft]);

  // Autosave after a pause in typing; after a failure that may pass, retry spaced out (2 s, 4 s … 60 s).
  useEffect(() => {
    if (edits === savedEdit || correcting || refs.current.entry?.status === 'signed') return;
    const failures = refs.current.failures;
    if (failures > 0 && !RETRYABLE.has(saveProblem?.code ?? '')) return;
    const wait = failures === 0 ? AUTOSAVE_MS : Math.min(MAX_RETRY_MS, 1000 * 2 ** failures);
    const timer = window.setTimeout(() => void saveNow(), wait);
    return () => window.clearTimeout(timer);
  }, [correcting, edits, savedEdit, saveNow, saveProblem]);

  // Lock and Sign out save this form first; what is still unsaved when it closes is kept for this nurse.
  useEffect(() => {
    const r = refs.current;
    const unregister = registerDraft(() => (r.edits > r.saved ? saveNow() : Promise.resolve()));
    return () => {
      unregister();
      if (r.edits > r.saved && r.entry?.status !== 'signed') keepUnsaved(formKey, userId, r.payload);
    };
  }, [formKey, saveNow, userId]);

  /** Saves what is on screen, then signs it (with the second nurse's token for a double check). */
  const sign = useCallback(
    async (verificationToken?: string): Promise<ChartEntry | null> => {
      const saved = await saveNow();
      if (!saved) return null;
      try {
        const signed = await sendSign({
          id: saved.id,
          clientRequestId: newRequestId(),
          expectedUpdatedAt: saved.updatedAt,
          ...(verificationToken ? { verificationToken } : {}),
        });
        setSignProblem(null);
        setIssues({});
        accept(signed, refs.current.edits);
        return signed;
      } catch (e) {
        setSignProblem(problemOf(e));
        setIssues(fieldsOf(e));
        return null;
      }
    },
    [accept, saveNow, sendSign],
  );

  const correct = useCallback(
    async (reason: string): Promise<ChartEntry | null> => {
      const current = refs.current.entry;
      if (!current) return null;
      try {
        const corrected = await sendCorrection({
          id: current.id,
          payload: refs.current.payload as IpcInput<'charting:correct'>['payload'],
          reason,
          clientRequestId: newRequestId(),
        });
        setCorrecting(false);
        setSignProblem(null);
        setIssues({});
        accept(corrected, refs.current.edits);
        return corrected;
      } catch (e) {
        setSignProblem(problemOf(e));
        setIssues(fieldsOf(e));
        return null;
      }
    },
    [accept, sendCorrection],
  );

  const isSigned = entry?.status === 'signed';
  return {
    entry,
    payload,
    update,
    saveNow,
    sign,
    correct,
    saving: draftSave.pending,
    /** Something on screen is not stored yet (typing, saving, or a failed save). */
    unsaved: edits > savedEdit && !isSigned,
    saveProblem,
    signProblem,
    issues,
    correcting,
    setCorrecting,
    /** Nothing can be typed: the entry is signed and no correction is under way. */
    readOnly: isSigned && !correcting,
  };
}

export type EntryHandle<P extends Payload> = ReturnType<typeof useEntry<P>>;
