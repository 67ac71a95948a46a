import type { AnyExportSpec } from './export-spec.js';
import type { AnyImportSpec } from './import-spec.js';

/**
 * The lists that can be exported and the registers that can be imported, as the features declare
 * them in their manifests (`exports`, `imports`). Built once from the module list, so a new feature
 * plugs in its lists without this module knowing it.
 */
export class ExchangeRegistry {
  private readonly exportsByName = new Map<string, AnyExportSpec>();
  private readonly importsByName = new Map<string, AnyImportSpec>();

  constructor(
    exports: readonly AnyExportSpec[],
    imports: readonly AnyImportSpec[],
    isPermission: (name: string) => boolean,
  ) {
    for (const spec of [...exports, ...imports])
      if (!isPermission(spec.permission))
        throw new Error(`${spec.name} needs ${spec.permission}, which no feature declares`);
    for (const spec of exports) {
      if (this.exportsByName.has(spec.name)) throw new Error(`Export ${spec.name} is declared twice`);
      this.exportsByName.set(spec.name, spec);
    }
    for (const spec of imports) {
      if (this.importsByName.has(spec.name)) throw new Error(`Import ${spec.name} is declared twice`);
      this.importsByName.set(spec.name, spec);
    }
  }

  exportOf(name: string): AnyExportSpec | undefined {
    return this.exportsByName.get(name);
  }

  importOf(name: string): AnyImportSpec | undefined {
    return this.importsByName.get(name);
  }

  get exportNames(): string[] {
    return [...this.exportsByName.keys()];
  }

  get importNames(): string[] {
    return [...this.importsByName.keys()];
  }
}
