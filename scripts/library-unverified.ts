// npm run library:unverified [-- --json]
// Lists every fact of the shipped clinical library (resources/clinical) still marked UNVERIFIED, grouped by
// file and record, each with what would confirm it: the reviewer's worklist before a pharmacist signs off.
import { parseArgs } from 'node:util';
import { clinicalLibrary, findResourcesDir } from '../electron/main/core/resources';
import { formatUnverifiedReport, unverifiedItems } from '../shared/clinical';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const library = clinicalLibrary(findResourcesDir());
console.log(values.json ? JSON.stringify(unverifiedItems(library), null, 2) : formatUnverifiedReport(library));
