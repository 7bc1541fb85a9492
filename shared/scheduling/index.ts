// The scheduling engine's public surface: pure functions over plain data, no I/O, no clock. The generated
// clinic days, first-fit, booking in order and the day metrics only the bench measures with live in bench/scheduling/.
export * from './model';
export { placeAppointment } from './place';
export type { NursePolicy } from './candidates';
export { chooseDay, addDays, offsetsByDistance } from './chooseDay';
export { mulberry32 } from './random';
export type { DayChoice, DayAttempt, DayTieBreak } from './chooseDay';
