// Debian's Chromium, never a browser downloaded by Playwright (none can be downloaded on these machines).
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

// Without the background-networking flags Chromium keeps trying to reach Google's hosts through a closed
// network; --no-sandbox because CI runs as root.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
