// What other screens may use from the labs feature.
export { ConsentBanner } from './ConsentBanner';
export { OrganGuidance } from './OrganGuidance';
export { ReadyPanel } from './ReadyPanel';
export { ReadyPolicySection } from './ReadyPolicySection';
