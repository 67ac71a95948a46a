/** aedes-persistence-level ships no types: a persistence for aedes over a LevelDB (`classic-level`). */
declare module 'aedes-persistence-level' {
  import type { ClassicLevel } from 'classic-level';
  export default function persistenceLevel(db: ClassicLevel<string, string>): unknown;
}
