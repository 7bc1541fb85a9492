// The one key names are compared by when they must be unique (chair names today). JavaScript's and SQLite's
// case folding disagree beyond ASCII ("İstanbul".toLowerCase() is "i̇stanbul", SQLite's NOCASE leaves "İ"
// alone), so a name the service found free could still hit the UNIQUE NOCASE column and fail as `internal`.
// The key is computed here only, stored in its own uniquely indexed column, and looked up by the services:
// compatibility decomposition, marks removed, lower case, spaces collapsed. "İstanbul", "Istanbul" and
// "istanbul " are one name; so are "Été" and "Ete", which would be as confusing on a chair label.

const MARKS = /\p{M}/gu;
const SPACES = /\s+/gu;

export function uniqueKey(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPACES, ' ').trim();
}
