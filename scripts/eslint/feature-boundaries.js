// @ts-check
import { dirname, relative, resolve, sep } from 'node:path';

// A renderer feature reaches another feature only through that feature's index.ts: what a feature offers the
// others is written down in one place, and its insides can move without breaking a neighbour. A local rule (a
// few lines) instead of a plugin: no-restricted-imports matches import strings, and a relative path cannot tell
// "my own folder" from "another feature's folder".

const FEATURES = `${sep}renderer${sep}src${sep}features${sep}`;

/** The feature a file belongs to and the path inside it, or null outside renderer/src/features. */
function featureOf(path) {
  const at = path.indexOf(FEATURES);
  if (at < 0) return null;
  const [feature, ...inside] = path.slice(at + FEATURES.length).split(sep);
  return { feature, inside: inside.join('/') };
}

/** @type {import('eslint').Rule.RuleModule} */
const throughIndex = {
  meta: {
    type: 'problem',
    docs: { description: "A feature imports another feature only through that feature's index.ts." },
    messages: {
      internal:
        "Import '{{feature}}' through its index.ts ('{{suggested}}'), not its file '{{inside}}': add what you need to that index.",
    },
    schema: [],
  },
  create(context) {
    const here = featureOf(context.filename);
    if (!here) return {};
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(resolve(dirname(context.filename), source));
      if (!target || target.feature === here.feature) return;
      if (target.inside === '' || target.inside === 'index' || target.inside === 'index.ts') return;
      const suggested = relative(
        dirname(context.filename),
        resolve(context.filename.slice(0, context.filename.indexOf(FEATURES) + FEATURES.length), target.feature),
      )
        .split(sep)
        .join('/');
      context.report({
        node: node.source,
        messageId: 'internal',
        data: { feature: target.feature, inside: target.inside, suggested },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const featureBoundaries = { rules: { 'through-index': throughIndex } };
