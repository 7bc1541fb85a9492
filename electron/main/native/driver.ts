// The SQLite driver whose native addon must match Electron's ABI. The start script, the Electron-ABI build, the
// packaging allow-list and the package layout test all read these two names from here, so switching driver
// is one line (better-sqlite3-multiple-ciphers has the better-sqlite3 API and addon file name).

/** The npm package of the SQLite driver (only electron/main/store imports it). */
export const NATIVE_DRIVER = 'better-sqlite3-multiple-ciphers';

/** The file name of its compiled addon, as built into `build/Release/` and shipped in `native/`. */
export const NATIVE_ADDON_FILE = 'better_sqlite3.node';
