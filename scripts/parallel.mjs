// node scripts/parallel.mjs "cmd one" "cmd two" … — runs the commands at the same time and fails if any fails.
// The static checks (tsc, eslint, prettier) are each single-threaded, so on a two-core CI machine running them
// side by side saves about a minute. Each command's output is printed whole once it ends, so logs do not
// interleave; the exit code is the first failure's.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('Usage: node scripts/parallel.mjs "command" ["command" …]');
  process.exit(2);
}

function run(command) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const status = code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      process.stdout.write(`\n> ${command}: ${status} in ${seconds} s\n${Buffer.concat(chunks).toString('utf8')}`);
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(commands.map(run));
process.exit(codes.find((code) => code !== 0) ?? 0);
