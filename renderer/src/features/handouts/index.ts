// What other screens may use from the handouts feature.
export { HandoutsScreen } from './HandoutsScreen';
export { EducationGiven } from './EducationGiven';
export { PrintHandoutLink } from './PrintHandoutLink';
export { handoutsHref } from './route';
