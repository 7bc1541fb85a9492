import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_ADDON_FILE, NATIVE_DRIVER } from '../../../electron/main/native/driver';
import { builderConfig, hasNotarizationCredentials, packagingSettings } from '../../../packaging/builder-config';
import { crossBuildRefusal } from '../../../scripts/electron/package-args';

const root = resolve(import.meta.dirname, '../../..');
const config = builderConfig(root, packagingSettings({}));

describe('the installers', () => {
  it('for Windows: a per-machine NSIS installer that keeps patient data on uninstall, and a silent per-machine MSI with a fixed upgrade code', () => {
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, deleteAppDataOnUninstall: false });
    expect(config.msi).toMatchObject({ perMachine: true, oneClick: true });
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('for macOS: a dmg with the hardened runtime and only the JIT entitlements', () => {
    expect(config.mac).toMatchObject({
      target: ['dmg'],
      hardenedRuntime: true,
      entitlements: 'packaging/entitlements.mac.plist',
    });
  });

  it('for Linux: an AppImage and a deb', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], executableName: 'chairside' });
  });

  it('packs the app into an ASAR with integrity, never rebuilds node_modules in place, and never publishes updates', () => {
    expect(config.asar).toBe(true);
    expect(config).not.toHaveProperty('disableAsarIntegrity');
    expect(config).toMatchObject({ npmRebuild: false, nodeGypRebuild: false, publish: null });
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; encrypted cookies; the app only from a validated ASAR', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships resources/ and the Electron build of the driver beside the app, and leaves the driver’s sources and Node build out', () => {
    expect(config.extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: ['**/*', '!**/README.md'] },
      { from: 'native/electron', to: 'native', filter: [NATIVE_ADDON_FILE] },
    ]);
    expect(config.files).toContain(`!node_modules/${NATIVE_DRIVER}/{build,deps,src,docs}/**/*`);
    expect(config.files).toContain('!node_modules/**/*');
  });
});

describe('settings from the build machine’s environment', () => {
  it('notarizes only with one complete set of Apple credentials', () => {
    expect(hasNotarizationCredentials({})).toBe(false);
    expect(hasNotarizationCredentials({ APPLE_ID: 'a', APPLE_TEAM_ID: 't' })).toBe(false);
    expect(hasNotarizationCredentials({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 't' })).toBe(
      true,
    );
    expect(hasNotarizationCredentials({ APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 'x' })).toBe(true);
    expect(hasNotarizationCredentials({ APPLE_KEYCHAIN: 'k', APPLE_KEYCHAIN_PROFILE: 'p' })).toBe(true);
    const env = { APPLE_API_KEY: 'k', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 'x' };
    expect(builderConfig(root, packagingSettings(env)).mac?.notarize).toBe(true);
    expect(config.mac?.notarize).toBe(false);
  });

  it('requires signing when CHAIRSIDE_REQUIRE_SIGNING=1, and holds no certificate or password itself', () => {
    expect(config.forceCodeSigning).toBe(false);
    expect(builderConfig(root, packagingSettings({ CHAIRSIDE_REQUIRE_SIGNING: '1' })).forceCodeSigning).toBe(true);
    const text = JSON.stringify(
      builderConfig(root, packagingSettings({ CSC_LINK: 'secret.p12', CSC_KEY_PASSWORD: 'hunter2' })),
    );
    expect(text).not.toMatch(/secret\.p12|hunter2|cscLink|certificatePassword/);
  });

  it('uses a stand-in Electron and addon folder only when told to', () => {
    expect(config).not.toHaveProperty('electronDist');
    const standIn = builderConfig(
      root,
      packagingSettings({ CHAIRSIDE_ELECTRON_DIST: '/s/electron-dist', CHAIRSIDE_NATIVE_DIR: '/s/native' }),
    );
    expect(standIn.electronDist).toBe('/s/electron-dist');
    expect(standIn.extraResources).toContainEqual({ from: '/s/native', to: 'native', filter: [NATIVE_ADDON_FILE] });
  });
});

describe('npm run package on this machine', () => {
  const host = { platform: 'linux', arch: 'x64' };

  it('refuses installers for another system or processor, whose addon would not load there', () => {
    expect(crossBuildRefusal(['--win'], host)).toContain('Build the Windows installers on Windows');
    expect(crossBuildRefusal(['-m'], host)).toContain('Build the macOS installers on macOS');
    expect(crossBuildRefusal(['--linux', '--arm64'], host)).toContain('Build the arm64 package on an arm64 machine');
  });

  it('accepts this system, with or without --dir', () => {
    expect(crossBuildRefusal([], host)).toBeNull();
    expect(crossBuildRefusal(['--dir'], host)).toBeNull();
    expect(crossBuildRefusal(['--linux', '--x64', 'deb'], host)).toBeNull();
  });
});
