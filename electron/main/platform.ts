import { app, BrowserWindow, dialog, session, type Session, type WebContents } from 'electron';
import { extname, join } from 'node:path';
import { refusal } from './core/errors';
import type { Platform, PdfLayout, PrintJob } from './core/platform';
import { withPrintPolicy, withTitle } from './handouts/print-csp';

// The core's platform in the app: a hidden, sandboxed window without JavaScript renders each sheet, then
// printToPDF (preview, save) or the system print dialog. The window lives in its own in-memory session, so
// the app's CSP header does not apply to it and nothing of a patient's sheet is cached on disk; the sheet
// carries its own CSP (see handouts/print-csp.ts) and every network request from it is refused.

/** Not `persist:`: an in-memory session, gone when the app quits. */
export const PRINT_PARTITION = 'chairside-print';

export const PRINT_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  javascript: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const satisfies Electron.WebPreferences;

let printSession: Session | null = null;

/** The print windows' session: no permission, no request but the data: URL of the sheet itself. */
export function lockedPrintSession(): Session {
  if (printSession) return printSession;
  const s = session.fromPartition(PRINT_PARTITION);
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  printSession = s;
  return s;
}

/** Loads the sheet in a fresh hidden window, hands its contents to `use`, and always destroys the window. */
async function withSheet<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...PRINT_WEB_PREFERENCES, session: lockedPrintSession() },
  });
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  try {
    const data = Buffer.from(withPrintPolicy(html), 'utf8').toString('base64');
    await window.loadURL(`data:text/html;charset=utf-8;base64,${data}`);
    return await use(contents);
  } finally {
    window.destroy();
  }
}

function pdfOptions(layout: PdfLayout): Electron.PrintToPDFOptions {
  return {
    displayHeaderFooter: true,
    headerTemplate: layout.headerTemplate,
    footerTemplate: layout.footerTemplate,
    preferCSSPageSize: true,
    printBackground: true,
    pageSize: layout.paper,
  };
}

function printWith(contents: WebContents, job: PrintJob): Promise<{ printed: boolean }> {
  return new Promise((resolve, reject) => {
    contents.print(
      { silent: false, printBackground: true, pageSize: job.paper, header: '', footer: job.footerText },
      (success, failureReason) => {
        if (success) resolve({ printed: true });
        else if (/cancel/i.test(failureReason)) resolve({ printed: false });
        else
          reject(
            refusal(
              'conflict',
              'print-failed',
              `The sheet did not print (${failureReason}). Check the printer and try again.`,
            ),
          );
      },
    );
  });
}

export interface ElectronPlatformOptions {
  /** The window the save dialog belongs to (modal over it), when there is one. */
  parentWindow: () => BrowserWindow | null;
}

const FILE_KINDS: Record<string, string> = { pdf: 'PDF', csv: 'CSV', json: 'JSON' };

export function createElectronPlatform(options: ElectronPlatformOptions): Platform {
  return {
    renderPdf: (html, layout) =>
      withSheet(html, async (contents) => new Uint8Array(await contents.printToPDF(pdfOptions(layout)))),
    // The print queue shows the document title, so the printed copy carries the job's neutral title.
    print: (html, job) => withSheet(withTitle(html, job.title), (contents) => printWith(contents, job)),
    chooseSavePath: async (suggestedName) => {
      // The suggested name's extension is the file's kind (a report's CSV or FHIR JSON is not a PDF).
      const extension = extname(suggestedName).slice(1).toLowerCase() || 'pdf';
      const dialogOptions: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: FILE_KINDS[extension] ?? extension.toUpperCase(), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = options.parentWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return null;
      return extname(result.filePath).toLowerCase() === `.${extension}`
        ? result.filePath
        : `${result.filePath}.${extension}`;
    },
  };
}
