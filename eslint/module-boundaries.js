// The boundaries of the code base, checked on every import (docs/CODE_STYLE.md, "Modules"):
// - a server module imports another module only through its public surface, `module.ts`;
// - the platform imports no module; the server imports nothing of the web app.
import path from 'node:path';

const serverSource = path.join('apps', 'server', 'src');
const modulesFolder = path.join(serverSource, 'modules');
const platformFolder = path.join(serverSource, 'platform');

/** `modules/<name>/...` of a path relative to the repository, or undefined. */
function moduleOf(relativePath) {
  if (!relativePath.startsWith(modulesFolder + path.sep)) return undefined;
  const [name, ...rest] = relativePath.slice(modulesFolder.length + 1).split(path.sep);
  return rest.length === 0 ? undefined : { name, file: rest.join('/') };
}

function importProblem(importer, specifier, root) {
  if (importer.startsWith(serverSource + path.sep) && (specifier === '@jumelage/web' || specifier.startsWith('@jumelage/web/'))) {
    return 'The server imports nothing of the web app: shared texts and types live in packages/.';
  }
  if (!specifier.startsWith('.')) return undefined;
  const target = path.relative(root, path.resolve(root, path.dirname(importer), specifier));
  if (importer.startsWith(serverSource + path.sep) && target.startsWith(path.join('apps', 'web') + path.sep)) {
    return 'The server imports nothing of the web app: shared texts and types live in packages/.';
  }
  if (importer.startsWith(platformFolder + path.sep) && target.startsWith(modulesFolder + path.sep)) {
    return 'The platform imports no module: a module plugs into the platform through its module.ts.';
  }
  const from = moduleOf(importer);
  const to = moduleOf(target);
  if (from && to && from.name !== to.name && to.file !== 'module.ts') {
    return `Module "${from.name}" may use module "${to.name}" only through ${to.name}/module.ts.`;
  }
  return undefined;
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay inside the boundaries of modules, platform, server and web app' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const importer = path.relative(root, context.filename);
    const check = (node, source) => {
      if (typeof source?.value !== 'string') return;
      const message = importProblem(importer, source.value, root);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { boundaries } };
