import { NATIVE_ADDON_FILE, NATIVE_DRIVER } from './driver';

// What the start-up dialog says when main cannot start. A native addon that does not load is the one failure
// a person can fix with one command, so it is recognised in the error's cause chain and named with that
// command; anything else shows its message (StoreError messages already name the file and the fix). Never a
// stack: the dialog is read by a nurse or by IT, and the log has the rest.

export interface StartFailure {
  title: string;
  message: string;
}

export type NativeProblem =
  { kind: 'abi'; builtFor: string; needed: string } | { kind: 'missing' } | { kind: 'platform' } | { kind: 'package' };

function causes(error: unknown): Array<{ text: string; code: unknown }> {
  const found: Array<{ text: string; code: unknown }> = [];
  let current: unknown = error;
  for (let depth = 0; current != null && depth < 8; depth++) {
    if (!(current instanceof Error)) {
      found.push({ text: typeof current === 'string' ? current : JSON.stringify(current), code: null });
      break;
    }
    found.push({ text: current.message, code: (current as { code?: unknown }).code });
    current = current.cause;
  }
  return found;
}

const ABI = /NODE_MODULE_VERSION (\d+)[\s\S]*?NODE_MODULE_VERSION (\d+)/;
const MISSING = /Could not locate the bindings file|Cannot find module '[^']*\.node'/;
const PLATFORM =
  /invalid ELF header|wrong ELF class|not a valid Win32 application|incompatible architecture|not a mach-o file/i;
const escaped = NATIVE_DRIVER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PACKAGE = new RegExp(`Cannot find (?:module|package) '${escaped}'`);

/** The native-module problem behind a start-up error, if that is what it is. */
export function nativeProblem(error: unknown): NativeProblem | null {
  for (const { text, code } of causes(error)) {
    const abi = ABI.exec(text);
    if (abi) return { kind: 'abi', builtFor: abi[1]!, needed: abi[2]! };
    if (MISSING.test(text)) return { kind: 'missing' };
    // dlopen refuses a file for another system or processor, or a damaged one ("file too short").
    if (PLATFORM.test(text) || code === 'ERR_DLOPEN_FAILED') return { kind: 'platform' };
    if (PACKAGE.test(text)) return { kind: 'package' };
  }
  return null;
}

function cause(problem: NativeProblem): string {
  const engine = `Chairside's database engine (${NATIVE_DRIVER})`;
  switch (problem.kind) {
    case 'abi':
      return `${engine} was built for another version of Node.js (NODE_MODULE_VERSION ${problem.builtFor}), not for this Electron (NODE_MODULE_VERSION ${problem.needed}).`;
    case 'missing':
      return `${engine} has not been built for Electron: ${NATIVE_ADDON_FILE} was not found.`;
    case 'platform':
      return `${engine} could not be loaded: it was built for another operating system or processor, or the file is damaged.`;
    case 'package':
      return `${engine} is not installed.`;
  }
}

function fix(problem: NativeProblem, isPackaged: boolean): string {
  if (isPackaged) {
    return 'Fix: reinstall Chairside with the installer made for this computer (same operating system and processor). Your data is kept.';
  }
  if (problem.kind === 'package')
    return 'Fix: in the Chairside folder run\n\n    npm install\n\nthen start again with npm start.';
  return 'Fix: in the Chairside folder run\n\n    npm run native:electron\n\nthen start again with npm start.';
}

export function explainStartFailure(error: unknown, options: { isPackaged: boolean }): StartFailure {
  const problem = nativeProblem(error);
  if (problem) {
    return {
      title: 'Chairside cannot open its database engine',
      message: `${cause(problem)}\n\n${fix(problem, options.isPackaged)}`,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { title: 'Chairside cannot start', message: text.split('\n    at ')[0]! };
}
