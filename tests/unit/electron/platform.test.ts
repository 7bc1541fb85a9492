import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: the module is mocked, and every option the print window, printToPDF, the print
// dialog and the save dialog receive is checked.

interface Created {
  options: Record<string, unknown>;
  instance: FakeWindow;
}
const created: Created[] = [];

class FakeContents {
  handlers = new Map<string, (...args: unknown[]) => void>();
  windowOpenHandler: (() => unknown) | null = null;
  printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.4 fake')));
  print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) =>
    callback(printAnswer.success, printAnswer.reason),
  );
  setWindowOpenHandler(fn: () => unknown) {
    this.windowOpenHandler = fn;
  }
  on(event: string, fn: (...args: unknown[]) => void) {
    this.handlers.set(event, fn);
  }
}

class FakeWindow {
  webContents = new FakeContents();
  loadURL = vi.fn((_url: string) => Promise.resolve());
  destroy = vi.fn();
  constructor(options: Record<string, unknown>) {
    created.push({ options, instance: this });
  }
}

const printAnswer = { success: true, reason: '' };
type BeforeRequest = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
// The session is locked down once per process: keep what it was given.
const locked: {
  beforeRequest?: BeforeRequest;
  permissionRequest?: PermissionRequest;
  permissionCheck?: () => boolean;
} = {};
const printSession = {
  setPermissionRequestHandler: vi.fn((fn: PermissionRequest) => (locked.permissionRequest = fn)),
  setPermissionCheckHandler: vi.fn((fn: () => boolean) => (locked.permissionCheck = fn)),
  webRequest: { onBeforeRequest: vi.fn((fn: BeforeRequest) => (locked.beforeRequest = fn)) },
};
const fromPartition = vi.fn((_name: string) => printSession);
const showSaveDialog = vi.fn((..._args: unknown[]) =>
  Promise.resolve({ canceled: false, filePath: '/home/nurse/Documents/sheet' }),
);

vi.mock('electron', () => ({
  app: { getPath: vi.fn(() => '/home/nurse/Documents') },
  BrowserWindow: FakeWindow,
  dialog: { showSaveDialog },
  session: { fromPartition },
}));

const { createElectronPlatform, PRINT_PARTITION } = await import('../../../electron/main/platform');

const SHEET =
  '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Sheet — Éloïse</title><style>body{color:#000}</style></head><body><p>Hi</p></body></html>';
const LAYOUT = { headerTemplate: '<span></span>', footerTemplate: '<div>footer</div>', paper: 'A4' as const };
const parent = { id: 1 };
const platform = createElectronPlatform({ parentWindow: () => parent as never });

function decodedPage(window: FakeWindow): string {
  const url = window.loadURL.mock.calls[0]![0];
  expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
}

beforeEach(() => {
  created.length = 0;
  vi.clearAllMocks();
  printAnswer.success = true;
  printAnswer.reason = '';
});

describe('the print window', () => {
  it('is hidden, sandboxed, without JavaScript or Node, in its own in-memory session, and is destroyed after use', async () => {
    const pdf = await platform.renderPdf(SHEET, LAYOUT);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.4 fake');
    const { options, instance } = created[0]!;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      session: printSession,
    });
    expect(fromPartition).toHaveBeenCalledWith(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    expect(instance.destroy).toHaveBeenCalled();
    expect(instance.webContents.windowOpenHandler!()).toEqual({ action: 'deny' });
    const navigation = { preventDefault: vi.fn() };
    instance.webContents.handlers.get('will-navigate')!(navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
  });

  it('loads the sheet with a CSP that allows only its own style element', async () => {
    await platform.renderPdf(SHEET, LAYOUT);
    const page = decodedPage(created[0]!.instance);
    expect(page).toMatch(
      /<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; img-src data:/,
    );
    expect(page).toContain('<p>Hi</p>');
  });

  it('refuses every request but the sheet’s data: URL, and every permission', async () => {
    await platform.renderPdf(SHEET, LAYOUT);
    const answers: boolean[] = [];
    for (const url of ['data:text/html;base64,AA==', 'https://example.org/x.png', 'file:///etc/passwd']) {
      locked.beforeRequest!({ url }, (r) => answers.push(r.cancel));
    }
    expect(answers).toEqual([false, true, true]);
    const granted = vi.fn();
    locked.permissionRequest!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(locked.permissionCheck!()).toBe(false);
  });

  it('renders the PDF with the footer template, an empty header and the CSS page size', async () => {
    await platform.renderPdf(SHEET, LAYOUT);
    expect(created[0]!.instance.webContents.printToPDF).toHaveBeenCalledWith({
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div>footer</div>',
      preferCSSPageSize: true,
      printBackground: true,
      pageSize: 'A4',
    });
  });
});

describe('printing', () => {
  const job = { ...LAYOUT, title: 'Chairside education sheet', footerText: 'Éloïse — Printed 27 November 2026' };

  it('opens the system dialog with the plain-text footer and a title that does not name the patient', async () => {
    expect(await platform.print(SHEET, job)).toEqual({ printed: true });
    const contents = created[0]!.instance.webContents;
    expect(contents.print.mock.calls[0]![0]).toEqual({
      silent: false,
      printBackground: true,
      pageSize: 'A4',
      header: '',
      footer: job.footerText,
    });
    const page = decodedPage(created[0]!.instance);
    expect(page).toContain('<title>Chairside education sheet</title>');
    expect(page).not.toContain('Éloïse');
    expect(created[0]!.instance.destroy).toHaveBeenCalled();
  });

  it('answers not printed when the nurse cancels, and an error naming the printer problem otherwise', async () => {
    printAnswer.success = false;
    printAnswer.reason = 'Print job canceled';
    expect(await platform.print(SHEET, job)).toEqual({ printed: false });
    printAnswer.reason = 'Print job failed';
    const failure = await platform.print(SHEET, job).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'conflict' });
    expect((failure as Error).message).toContain('Print job failed');
    expect(created.every((c) => c.instance.destroy.mock.calls.length === 1)).toBe(true);
  });
});

describe('saving', () => {
  it('asks where to save over the app window, in Documents, and adds .pdf when it is missing', async () => {
    expect(await platform.chooseSavePath('education-pembrolizumab-en-2026-11-27.pdf')).toBe(
      '/home/nurse/Documents/sheet.pdf',
    );
    expect(showSaveDialog).toHaveBeenCalledWith(parent, {
      defaultPath: '/home/nurse/Documents/education-pembrolizumab-en-2026-11-27.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('keeps the kind of file it was asked for: a CSV or a FHIR JSON export is filtered and named as such', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/nurse/Documents/appointments' });
    expect(await platform.chooseSavePath('appointments-2026-11-01-2026-11-30.csv')).toBe(
      '/home/nurse/Documents/appointments.csv',
    );
    expect(showSaveDialog).toHaveBeenLastCalledWith(
      parent,
      expect.objectContaining({ filters: [{ name: 'CSV', extensions: ['csv'] }] }),
    );
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/nurse/Documents/fhir.json' });
    expect(await platform.chooseSavePath('fhir-bundle-2026-11-01-2026-11-30.json')).toBe(
      '/home/nurse/Documents/fhir.json',
    );
  });

  it('answers null when the nurse cancels', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await platform.chooseSavePath('x.pdf')).toBeNull();
  });
});
