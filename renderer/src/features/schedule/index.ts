// What other screens may use from the schedule feature.
export { ScheduleScreen } from './ScheduleScreen';
export { PatientPlans } from './plans/PatientPlans';
export { plansHref, dayHref } from './route';
export { FLAG_ICONS, PHASE_ICONS, visitStatus } from './display';
export { useNow } from './day/useNow';
