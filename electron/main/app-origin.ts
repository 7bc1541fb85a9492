import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Which page is the app. Prefix checks let `http://localhost:5173.evil.example` pass as the dev server and
// `file:///…/out/renderer/index.html.evil/` pass as the app, so URLs are parsed and compared whole: the dev
// server by exact origin (scheme, host, port), the packaged app by the file's real path inside its own
// renderer folder. Pure, so it is tested without Electron.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface AppOrigin {
  /** The renderer page on disk (loaded with loadFile) when there is no dev server. */
  rendererFile: string;
  /** electron-vite's dev server, in development only. */
  rendererUrl: string | null;
  /** True for the app's own pages: the dev server's origin, or a file in the renderer folder. */
  isAppUrl: (url: string) => boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server URL electron-vite hands over in ELECTRON_RENDERER_URL, if it may be used: never in a packaged
 * app (an environment variable must not be able to swap the app's UI), and only http on this machine.
 */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): URL | null {
  if (isPackaged || !env.ELECTRON_RENDERER_URL) return null;
  const url = parse(env.ELECTRON_RENDERER_URL);
  return url && url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? url : null;
}

function isInside(folder: string, url: URL): boolean {
  if (url.protocol !== 'file:' || url.host !== '') return false;
  try {
    return fileURLToPath(url).startsWith(folder + sep);
  } catch {
    return false;
  }
}

export function appOrigin(options: { isPackaged: boolean; env: NodeJS.ProcessEnv; rendererFile: string }): AppOrigin {
  const dev = devServerUrl(options.isPackaged, options.env);
  const folder = dirname(options.rendererFile);
  return {
    rendererFile: options.rendererFile,
    rendererUrl: dev?.href ?? null,
    isAppUrl: (text) => {
      const url = parse(text);
      if (!url) return false;
      return dev ? url.origin === dev.origin : isInside(folder, url);
    },
  };
}
