import type { Configuration } from 'electron-builder';
import { NATIVE_ADDON_FILE, NATIVE_DRIVER } from '../electron/main/native/driver';
import { runtimePackages } from './runtime-packages';

// electron-builder's configuration for `npm run package`, as a function of the environment so that nothing
// secret is ever committed: certificates (CSC_LINK / WIN_CSC_LINK and their passwords) and Apple's notarization
// credentials are read by electron-builder from the build machine's environment.

export interface PackagingSettings {
  /** The folder holding the driver's addon built for Electron's ABI (native/electron). */
  nativeDir: string;
  /** An unpacked Electron distribution to use instead of downloading one (the package layout test's stand-in). */
  electronDist: string | null;
  /** A release build fails instead of producing an unsigned installer. */
  requireSigning: boolean;
  /** Notarize the macOS app: only when the build machine has Apple's credentials. */
  notarize: boolean;
  /** The Maintainer line of the .deb. */
  maintainer: string;
}

const hasAll = (env: NodeJS.ProcessEnv, names: string[]) => names.every((name) => Boolean(env[name]));

/** electron-builder notarizes with any one of these three sets of Apple credentials. */
export function hasNotarizationCredentials(env: NodeJS.ProcessEnv): boolean {
  return (
    hasAll(env, ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER']) ||
    hasAll(env, ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) ||
    hasAll(env, ['APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'])
  );
}

export function packagingSettings(env: NodeJS.ProcessEnv): PackagingSettings {
  return {
    nativeDir: env.CHAIRSIDE_NATIVE_DIR || 'native/electron',
    electronDist: env.CHAIRSIDE_ELECTRON_DIST || null,
    requireSigning: env.CHAIRSIDE_REQUIRE_SIGNING === '1',
    notarize: hasNotarizationCredentials(env),
    maintainer: env.CHAIRSIDE_PACKAGE_MAINTAINER || 'Chairside maintainers <packaging@chairside.invalid>',
  };
}

/** app.asar: the built app and the runtime packages of main, nothing else (no sources, tests or dev tools). */
function appFiles(root: string): string[] {
  const packages = runtimePackages(root).map((name) => `node_modules/${name}/**/*`);
  return [
    'out/**/*',
    '!out/**/*.map',
    'package.json',
    '!node_modules/**/*',
    ...packages,
    // The driver's C sources, its Node-ABI build and docs: the app loads the Electron build from resources/native.
    `!node_modules/${NATIVE_DRIVER}/{build,deps,src,docs}/**/*`,
    // Source maps of the runtime packages (jsdom's dependencies ship them): nothing at run time reads them.
    '!node_modules/**/*.map',
  ];
}

const windows: Pick<Configuration, 'win' | 'nsis' | 'msi'> = {
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    signtoolOptions: { signingHashAlgorithms: ['sha256'] },
  },
  // Per-machine: one installation in Program Files for every nurse who signs in to the workstation. Patient data
  // lives in each user's profile and is never deleted by an uninstall.
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: false,
    runAfterFinish: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
  },
  // For deployment tools (Intune, SCCM, GPO): silent per-machine install; a fixed upgrade code so a newer MSI
  // replaces the installed version instead of installing beside it.
  msi: {
    oneClick: true,
    perMachine: true,
    runAfterFinish: false,
    createDesktopShortcut: true,
    upgradeCode: '6c2f7f0e-3b1d-4a8e-9a57-1f0c2d9e8b41',
  },
};

function macAndLinux(settings: PackagingSettings): Pick<Configuration, 'mac' | 'dmg' | 'linux' | 'deb'> {
  return {
    mac: {
      target: ['dmg'],
      category: 'public.app-category.medical',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'packaging/entitlements.mac.plist',
      entitlementsInherit: 'packaging/entitlements.mac.plist',
      notarize: settings.notarize,
    },
    dmg: { writeUpdateInfo: false },
    linux: {
      target: ['AppImage', 'deb'],
      executableName: 'chairside',
      category: 'Office',
      maintainer: settings.maintainer,
      synopsis: 'Scheduling, charting and patient education for IV immunotherapy infusion nurses',
    },
    deb: { priority: 'optional' },
  };
}

export function builderConfig(root: string, settings: PackagingSettings): Configuration {
  return {
    appId: 'org.chairside.desktop',
    productName: 'Chairside',
    copyright: 'Chairside',
    artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
    directories: { output: 'dist', buildResources: 'packaging' },
    files: appFiles(root),
    asar: true,
    extraResources: [
      { from: 'resources', to: 'resources', filter: ['**/*', '!**/README.md'] },
      { from: settings.nativeDir, to: 'native', filter: [NATIVE_ADDON_FILE] },
    ],
    // Never rebuild node_modules in place: it would replace the Node build the tests use (the Electron build is
    // made apart, by scripts/electron/native.ts, and shipped as an extra resource).
    npmRebuild: false,
    nodeGypRebuild: false,
    buildDependenciesFromSource: false,
    electronLanguages: ['en', 'fr'],
    electronFuses: {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    },
    forceCodeSigning: settings.requireSigning,
    // IT deploys each version; the app never updates itself.
    publish: null,
    ...(settings.electronDist ? { electronDist: settings.electronDist } : {}),
    ...windows,
    ...macAndLinux(settings),
  };
}
