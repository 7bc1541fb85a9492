// What other screens may use from the security feature.
export { MustChangeScreen } from './MustChangeScreen';
export { RecoveryKeyStep } from './RecoveryKeyStep';
export { BackupsPanel } from './BackupsPanel';
export { RecoveryKeyNotice } from './RecoveryKeyNotice';
export { DowntimeButton } from './DowntimeButton';
