/** Conventional name of a level: 3F above ground, B1 below (there is no level 0). */
export function floorName(level: number): string {
  return level > 0 ? `${level}F` : `B${-level}`;
}
