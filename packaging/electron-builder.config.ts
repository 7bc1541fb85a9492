// Loaded by electron-builder (through `npm run package`, see scripts/electron/package.ts).
import { resolve } from 'node:path';
import { builderConfig, packagingSettings } from './builder-config';

export default builderConfig(resolve(import.meta.dirname, '..'), packagingSettings(process.env));
