// What other screens may use from the settings feature.
export { SaveStatus } from './center/parts';
export { useSave } from './center/useSave';
