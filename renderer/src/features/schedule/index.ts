// What other screens may use from the schedule feature.
export { ScheduleScreen } from './ScheduleScreen';
export { PatientPlans } from './plans/PatientPlans';
export { plansHref, dayHref } from './route';
