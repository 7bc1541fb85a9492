import { createHash } from 'node:crypto';

// The printed sheet is rendered in its own hidden window, away from the app's page and its CSP. It gets a
// policy of its own: nothing loads, nothing runs, and the only style that applies is the document's own
// <style> element, allowed by its hash (so even text that slipped past escaping could not add a style).

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The CSP for one printed document: its own style elements by hash, images only as data: URLs. */
export function printPolicy(html: string): string {
  const hashes = [...html.matchAll(STYLE_ELEMENT)].map((match) => styleHash(match[1] ?? ''));
  return [
    "default-src 'none'",
    `style-src ${hashes.length > 0 ? hashes.join(' ') : "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The document with its CSP as the first thing in <head> after the charset (a meta policy only governs
 * what comes after it).
 */
export function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${printPolicy(html)}">`;
  const anchor = /<head>(<meta charset="utf-8">)?/i.exec(html);
  if (!anchor) throw new Error('A printed document needs a <head> for its security policy.');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The same document under another <title>: the print queue shows it, so it must not name the patient. */
export function withTitle(html: string, title: string): string {
  const safe = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return html.replace(/<title>[\s\S]*?<\/title>/, `<title>${safe}</title>`);
}
