// What other screens may use from the chairside feature.
export { ChairsideScreen } from './ChairsideScreen';
export { ChairsideLink } from './ChairsideLink';
export { ReactionAlert } from './ReactionAlert';
export { isoDay, useCoreClock } from './clock';
export { TextField } from './parts';
