// What other screens may use from the patients feature.
export { PatientBanner } from './PatientBanner';
export { formatDay } from './format';
