// A strict little RFC 5545 reader for tests: it refuses what calendar apps would choke on (bare LF, lines
// over 75 octets, unbalanced BEGIN/END), unfolds continuation lines and unescapes TEXT values.

export interface ParsedCalendar {
  properties: Record<string, string>;
  events: Record<string, string>[];
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseIcs(text: string): ParsedCalendar {
  if (!text.endsWith('\r\n')) throw new Error('The file must end with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('Bare LF line ending');
  const physical = text.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) {
    if (encoder.encode(line).length > 75) throw new Error(`Line longer than 75 octets: ${line}`);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const calendar: ParsedCalendar = { properties: {}, events: [] };
  const stack: string[] = [];
  let event: Record<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`Not a content line: ${line}`);
    const name = line.slice(0, colon).split(';')[0] ?? '';
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = {};
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`Unbalanced END:${value}`);
      if (value === 'VEVENT' && event) calendar.events.push(event);
      if (value === 'VEVENT') event = null;
    } else if (event) event[name] = unescapeText(value);
    else calendar.properties[name] = unescapeText(value);
  }
  if (stack.length > 0) throw new Error(`Unclosed ${stack.join(', ')}`);
  return calendar;
}
