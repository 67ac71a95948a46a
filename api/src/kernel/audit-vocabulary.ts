import type { Localized } from './permission-catalogue.js';

/** One feature as the audit log names it: its key, its name and its operations in words. */
export type VocabularyModule = {
  key: string;
  title: Localized;
  /** Mutations and job tasks in words. */
  actions: Readonly<Record<string, Localized>>;
  /** Its other root fields (queries, subscriptions), which an entry names only when access was denied. */
  reads: readonly string[];
};

/** What an audit entry's operation means to an operator. */
export type AuditWords = { module: string; moduleTitle: Localized; action: Localized };

/**
 * The audit log's words (SPEC §4: plain language): which feature each recorded operation
 * belongs to and what it did, in both languages. Mutations and tasks are named by their
 * feature's manifest; a denied read is "查看" / "View" its feature.
 */
export class AuditVocabulary {
  readonly modules: readonly VocabularyModule[];
  private readonly byOperation = new Map<string, AuditWords>();

  constructor(modules: readonly VocabularyModule[]) {
    this.modules = modules;
    for (const m of modules)
      for (const [operation, action] of Object.entries(m.actions)) {
        if (this.byOperation.has(operation)) throw new Error(`Audit action ${operation} is named twice`);
        this.byOperation.set(operation, { module: m.key, moduleTitle: m.title, action });
      }
    for (const m of modules)
      for (const operation of m.reads)
        if (!this.byOperation.has(operation))
          this.byOperation.set(operation, {
            module: m.key,
            moduleTitle: m.title,
            action: { zh: `查看${m.title.zh}`, en: `View ${m.title.en.toLowerCase()}` },
          });
  }

  /** The words of an operation; one no feature declares keeps its own name. */
  words(operation: string): AuditWords | undefined {
    return this.byOperation.get(operation);
  }

  /** The operations of a feature (to filter the log by module). */
  operationsOf(module: string): string[] {
    return [...this.byOperation].filter(([, w]) => w.module === module).map(([op]) => op);
  }

  has(operation: string): boolean {
    return this.byOperation.has(operation);
  }
}
