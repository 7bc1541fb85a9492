import { spawnSync } from 'node:child_process';

/** Runs a command to completion; true when it exited 0. Injected so tests can stand in for the network. */
export type Runner = (
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; quiet?: boolean },
) => boolean;

/** Shows each command and its output, unless the caller asks for quiet (a download's stack trace helps nobody). */
export const spawnRunner: Runner = (command, args, options) => {
  if (!options.quiet) console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: options.quiet ? 'ignore' : 'inherit',
    timeout: options.timeoutMs ?? 600_000,
  });
  return result.status === 0;
};
