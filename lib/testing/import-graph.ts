import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/**
 * A small static import graph of the project's own TypeScript, for boundary tests: which modules a
 * file reaches through runtime imports (static, re-exports, dynamic import(), require). Type-only
 * imports are skipped: the compiler erases them, so they never reach a bundle.
 */

const EXTENSIONS = ['.ts', '.tsx'];
const BUILTINS = new Set(builtinModules);

export interface Edge {
  /** The specifier as written. */
  specifier: string;
  /** Absolute path of a project file, or null for a package (or anything outside the project). */
  file: string | null;
}

/** Runtime imports of one file, in source order. */
export function importsOf(file: string, root: string): Edge[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !isTypeOnlyImport(node)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const [arg] = node.arguments;
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isDynamicImport || isRequire) && arg && ts.isStringLiteralLike(arg)) specifiers.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.map((specifier) => ({ specifier, file: resolveLocal(specifier, path.dirname(file), root) }));
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import 'x'`: a side effect, always kept
  if (clause.isTypeOnly) return true;
  // `import { type A, type B } from 'x'` with no default import: nothing left at runtime.
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** `@/x`, `./x` and `../x` to a file in the project (with or without its extension, or an index file). */
function resolveLocal(specifier: string, fromDir: string, root: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('./') || specifier.startsWith('../')) base = path.resolve(fromDir, specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  return candidates.find((c) => EXTENSIONS.includes(path.extname(c)) && fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

/** `node:fs`, `fs`, `fs/promises`: Node's own modules, which have no place in a browser bundle. */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '');
}

export interface Violation {
  /** The chain of project files (relative to the root) from the entry to the file with the bad import. */
  chain: string[];
  specifier: string;
}

/**
 * Walks every runtime import from `entry` through project files (packages are leaves) and reports
 * each import that `isForbidden` refuses, with the path that reached it.
 */
export function findForbiddenImports(
  entry: string,
  root: string,
  isForbidden: (edge: Edge, relativeFile: string | null) => boolean,
): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>([entry]);
  const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [path.relative(root, entry)] }];
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    for (const edge of importsOf(file, root)) {
      const relative = edge.file ? path.relative(root, edge.file) : null;
      if (isForbidden(edge, relative)) {
        violations.push({ chain, specifier: edge.specifier });
        continue;
      }
      if (edge.file && !seen.has(edge.file)) {
        seen.add(edge.file);
        queue.push({ file: edge.file, chain: [...chain, relative!] });
      }
    }
  }
  return violations;
}

/** Project files (under `dirs`) whose first statement is the 'use client' directive. */
export function clientModules(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (EXTENSIONS.includes(path.extname(entry.name)) && !/\.test\.tsx?$/.test(entry.name) && hasUseClient(full)) found.push(full);
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return found.sort();
}

function hasUseClient(file: string): boolean {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === 'use client') return true;
  }
  return false;
}
