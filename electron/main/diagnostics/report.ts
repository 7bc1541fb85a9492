// Help › Copy diagnostics: what IT needs to answer "which version, which database, where are the logs"
// in one paste. Versions and locations only; nothing about patients or users.

export interface DiagnosticsFacts {
  appVersion: string;
  packaged: boolean;
  versions: { electron?: string; chrome?: string; node?: string };
  os: string;
  /** e.g. "SQLite 3.50.4 (better-sqlite3 12.11.1)". */
  databaseKind: string;
  databasePath: string | null;
  schemaVersion: string | null;
  libraryVersion: string | null;
  /** The driver addon main loaded (null: the driver's default build). */
  nativeBinding: string | null;
  logPath: string;
}

export function diagnosticsText(facts: DiagnosticsFacts): string {
  const { versions } = facts;
  return [
    `Chairside ${facts.appVersion} (${facts.packaged ? 'installed' : 'development'})`,
    `Electron ${versions.electron ?? '?'}, Chrome ${versions.chrome ?? '?'}, Node ${versions.node ?? '?'}`,
    `Operating system: ${facts.os}`,
    `Database: ${facts.databaseKind}`,
    `Database file: ${facts.databasePath ?? 'not open'}`,
    `Schema version: ${facts.schemaVersion ?? 'unknown'}`,
    `Clinical library: ${facts.libraryVersion ?? 'unknown'}`,
    `Database engine addon: ${facts.nativeBinding ?? "the driver's default build"}`,
    `Log file: ${facts.logPath}`,
  ].join('\n');
}
