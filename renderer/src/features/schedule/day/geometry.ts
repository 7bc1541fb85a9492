// Where a minute sits on the day grid, and which minute a pointer position means. Pure, so the drag logic
// and the blocks agree on one mapping.

export interface DaySpan {
  open: number;
  close: number;
  slotMinutes: number;
}

/** Left edge as a percentage of the track. */
export function percentAt(span: DaySpan, minute: number): number {
  const length = Math.max(1, span.close - span.open);
  return ((Math.min(Math.max(minute, span.open), span.close) - span.open) / length) * 100;
}

export function widthPercent(span: DaySpan, start: number, end: number): number {
  return percentAt(span, end) - percentAt(span, start);
}

/** The slot start a pointer at `fraction` (0–1 across the track) means, for a block grabbed `grabMinutes` into it. */
export function minuteAtFraction(span: DaySpan, fraction: number, grabMinutes: number, duration: number): number {
  const raw = span.open + fraction * (span.close - span.open) - grabMinutes;
  const snapped = Math.round(raw / span.slotMinutes) * span.slotMinutes;
  return Math.min(Math.max(snapped, span.open), Math.max(span.open, span.close - duration));
}

export function slotStarts(span: DaySpan): number[] {
  const starts: number[] = [];
  for (let m = span.open; m < span.close; m += span.slotMinutes) starts.push(m);
  return starts;
}

/** Header cells: one per clock hour (partial at an opening or closing off the hour), in slot columns. */
export function hourSegments(span: DaySpan): { start: number; slots: number }[] {
  const segments: { start: number; slots: number }[] = [];
  for (let start = span.open; start < span.close;) {
    const end = Math.min(span.close, (Math.floor(start / 60) + 1) * 60);
    segments.push({ start, slots: Math.max(1, Math.round((end - start) / span.slotMinutes)) });
    start = end;
  }
  return segments;
}
