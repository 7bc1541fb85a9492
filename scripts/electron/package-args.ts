// Which operating system and processor an electron-builder command line packages for. The SQLite addon is
// built for this machine's system and processor only, so an installer for another one would carry an addon
// that cannot load there: such a request is refused before electron-builder runs.

const PLATFORM_FLAGS: Record<string, NodeJS.Platform> = {
  '--win': 'win32',
  '--windows': 'win32',
  '-w': 'win32',
  '--mac': 'darwin',
  '--macos': 'darwin',
  '-m': 'darwin',
  '-o': 'darwin',
  '--linux': 'linux',
  '-l': 'linux',
};

const ARCH_FLAGS: Record<string, string> = {
  '--x64': 'x64',
  '--ia32': 'ia32',
  '--arm64': 'arm64',
  '--armv7l': 'arm',
  '--universal': 'universal',
};

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

/** Why these arguments cannot be packaged on this machine, or null when they can. */
export function crossBuildRefusal(args: readonly string[], host: { platform: string; arch: string }): string | null {
  for (const arg of args) {
    const platform = PLATFORM_FLAGS[arg];
    if (platform && platform !== host.platform) {
      const name = PLATFORM_NAMES[platform] ?? platform;
      return `Build the ${name} installers on ${name}: the database engine is built for this computer's system (${host.platform}) and would not load there.`;
    }
    const arch = ARCH_FLAGS[arg];
    if (arch && arch !== host.arch) {
      return `Build the ${arch} package on an ${arch} machine: the database engine is built for this computer's processor (${host.arch}).`;
    }
  }
  return null;
}
