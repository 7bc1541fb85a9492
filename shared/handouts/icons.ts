import { trusted, type Html } from './html';

// Inline SVG icons (no image requests under a strict CSP, no font glyph lottery). They sit next to a heading
// that says the same thing in words, so they are hidden from screen readers.

const svg = (body: string): Html =>
  trusted(`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${body}</svg>`);

/** Triangle with an exclamation mark: "pay attention". */
export const warningIcon = svg(
  '<path d="M12 2 1 22h22L12 2z" fill="#000"/><path d="M12 5.8 4.4 19.6h15.2z" fill="#fff"/>' +
    '<rect x="10.8" y="9" width="2.4" height="6.2" fill="#000"/><rect x="10.8" y="16.4" width="2.4" height="2.4" fill="#000"/>',
);

/** Filled circle with an exclamation mark: "act now". */
export const urgentIcon = svg(
  '<circle cx="12" cy="12" r="11" fill="#000"/>' +
    '<rect x="10.5" y="5" width="3" height="9" fill="#fff"/><rect x="10.5" y="16" width="3" height="3" fill="#fff"/>',
);

/** Telephone handset. */
export const phoneIcon = svg(
  '<path fill="#000" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/>',
);
