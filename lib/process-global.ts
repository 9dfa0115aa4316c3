/**
 * One value per process under `name`, made by `create` on first use. Node loads some modules twice
 * (once with `node --import`, once inside Next's bundles), and both copies must share the value, so it
 * lives on globalThis, under a key no other kind of process state uses.
 */
export function processGlobal<T>(name: string, create: () => T): T {
  const key = Symbol.for(`meridian.global.${name}`);
  const global = globalThis as Record<symbol, T | undefined>;
  return (global[key] ??= create());
}
