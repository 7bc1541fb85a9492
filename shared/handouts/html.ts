// Tiny HTML helpers. Everything that comes from data or from the user goes through escapeHtml, so a name like
// `<script>` or O'Brien prints as text. Functions that build markup return the branded Html type.

/** A string that is already safe to put in HTML. */
export type Html = string & { readonly __html: unique symbol };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): Html {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) as Html;
}

/** Marks markup written in this module (never user or content text). */
export function trusted(markup: string): Html {
  return markup as Html;
}

export function joinHtml(parts: readonly Html[], separator = ''): Html {
  return parts.join(separator) as Html;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Fills {placeholders} in a sentence template. Literal text and `values` are escaped; `markup` values are
 * inserted as they are. The sentence's first letter is capitalised, so "{drug}: …" starts "Pembrolizumab: …".
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
  markup: Readonly<Record<string, Html>> = {},
): Html {
  const out: Html[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([a-zA-Z]+)\}/g)) {
    out.push(escapeHtml(template.slice(last, match.index)));
    const key = match[1] ?? '';
    const html = markup[key];
    const value = values[key];
    if (html !== undefined) out.push(html);
    else if (value !== undefined) out.push(escapeHtml(String(value)));
    else throw new Error(`template value {${key}} is missing`);
    last = match.index + match[0].length;
  }
  out.push(escapeHtml(template.slice(last)));
  return capitalizeLeadingText(joinHtml(out));
}

/** Capitalises a leading letter; markup (<…) and escaped entities (&…) are left alone. */
function capitalizeLeadingText(html: Html): Html {
  return (/^[<&]/.test(html) ? html : capitalize(html)) as Html;
}

/** Fills {placeholders} with plain text and returns plain text (for strings that get escaped later). */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template value {${key}} is missing`);
    return String(value);
  });
}

/** A plain-text paragraph. */
export function paragraph(text: string, className?: string): Html {
  const cls = className ? ` class="${escapeHtml(className)}"` : '';
  return trusted(`<p${cls}>${escapeHtml(text)}</p>`);
}

export function bulletList(items: readonly string[], className?: string): Html {
  if (items.length === 0) return trusted('');
  const cls = className ? ` class="${escapeHtml(className)}"` : '';
  return trusted(`<ul${cls}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
}
