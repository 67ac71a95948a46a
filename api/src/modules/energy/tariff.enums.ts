/** Time-of-use bands 尖峰平谷: each hour of a tariff day falls in one. */
export enum TouBand {
  SHARP = 'SHARP',
  PEAK = 'PEAK',
  FLAT = 'FLAT',
  VALLEY = 'VALLEY',
}
