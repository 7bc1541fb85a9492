// What other screens may use from the library feature.
export { CenterLibrary } from './center/CenterLibrary';
