// The scheduling engine's public surface: pure functions over plain data, no I/O, no clock.
export * from './model';
export { placeAppointment } from './place';
export { placeFirstFit, NAIVE_POLICY } from './firstFit';
export type { FirstFitPolicy } from './firstFit';
export type { NursePolicy } from './candidates';
export { chooseDay, addDays, offsetsByDistance } from './chooseDay';
export type { DayChoice, DayAttempt, DayTieBreak } from './chooseDay';
export { dayMetrics } from './metrics';
export type { DayMetrics } from './metrics';
export { generateClinicDay, mulberry32, chairMinutes, DEFAULT_MIX } from './generate';
export type { DurationsMix, GenerateOptions, GeneratedDay } from './generate';
export { bookInOrder } from './book';
export type { BookedDay, Placer } from './book';
