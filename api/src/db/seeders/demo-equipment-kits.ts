/** How much of each building system a building of the demo park has (counts per building or floor). */
export type Kit = {
  trf: number;
  lvs: number;
  chillers: number;
  towers: number;
  ahuEachFloor: boolean;
  canteenAhu: number;
  vrfPerFloor: number;
  passenger: number;
  freight: number;
  pumps: number;
  tanks: number;
  sewage: number;
  firePumps: number;
  sprinklerPumps: number;
  smokeFans: number;
  camsPerFloor: number;
  lcmEachFloor: boolean;
  nvr: number;
  generator: boolean;
};

/** A building with none of the systems; kits below only name what differs. */
// biome-ignore format: a dense table reads best
export const NO_KIT: Kit = {
  trf: 0, lvs: 0, chillers: 0, towers: 0, ahuEachFloor: false, canteenAhu: 0, vrfPerFloor: 0, passenger: 0,
  freight: 0, pumps: 0, tanks: 0, sewage: 0, firePumps: 0, sprinklerPumps: 0, smokeFans: 0, camsPerFloor: 0,
  lcmEachFloor: false, nvr: 0, generator: false,
};

/** The systems of each building by code: towers and AHUs in the office blocks, VRF in the plants. */
// biome-ignore format: a dense table reads best
export const KITS: Record<string, Kit> = {
  A1: { ...NO_KIT, trf: 2, lvs: 6, chillers: 2, towers: 2, ahuEachFloor: true, passenger: 4, freight: 1, pumps: 2, tanks: 1,
    sewage: 2, firePumps: 2, sprinklerPumps: 2, smokeFans: 3, camsPerFloor: 3, lcmEachFloor: true, nvr: 2, generator: true },
  A2: { ...NO_KIT, trf: 2, lvs: 5, chillers: 2, towers: 2, ahuEachFloor: true, passenger: 3, freight: 1, pumps: 2, tanks: 1,
    sewage: 2, firePumps: 2, sprinklerPumps: 2, smokeFans: 3, camsPerFloor: 3, lcmEachFloor: true, nvr: 1 },
  B1: { ...NO_KIT, trf: 2, lvs: 4, vrfPerFloor: 1, freight: 2, sewage: 1, firePumps: 2, sprinklerPumps: 2, smokeFans: 4,
    camsPerFloor: 3, nvr: 1 },
  B2: { ...NO_KIT, trf: 2, lvs: 4, vrfPerFloor: 1, freight: 2, sewage: 1, smokeFans: 4, camsPerFloor: 3, nvr: 1 },
  C1: { ...NO_KIT, trf: 1, lvs: 3, vrfPerFloor: 1, freight: 2, sprinklerPumps: 2, smokeFans: 4, camsPerFloor: 5, nvr: 1 },
  D1: { ...NO_KIT, trf: 2, lvs: 4, canteenAhu: 2, vrfPerFloor: 2, passenger: 2, freight: 1, pumps: 2, tanks: 1, sewage: 2,
    smokeFans: 4, camsPerFloor: 2, lcmEachFloor: true, nvr: 1 },
};
