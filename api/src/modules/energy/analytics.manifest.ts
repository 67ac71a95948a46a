import type { FeatureModule } from '../manifest.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { EmissionFactor, EnergyTariff, EnergyTariffPeriod } from './tariff.entity.js';
import { seedDemoTariffs } from './tariff.seed.js';

/**
 * The energy analytics' part of the energy manifest (index.ts spreads it): tariffs 峰平谷 and
 * emission factors, the cost split, the overview and the flow. Apart so the meter and device
 * work in the same module does not edit the same lines.
 */
export const analyticsManifest = {
  actions: {
    createEnergyTariff: { zh: '新增分时电价版本', en: 'Add a time-of-use tariff version' },
    createEmissionFactor: { zh: '新增碳排放因子', en: 'Add an emission factor' },
  },
  entities: [EnergyTariff, EnergyTariffPeriod, EmissionFactor],
  resolvers: [AnalyticsResolver],
  seed: [{ name: 'demo energy tariffs', run: seedDemoTariffs }],
  typeAccess: {
    EnergyTariff: 'energy.read',
    EnergyTariffPeriod: 'inherit',
    EmissionFactor: 'energy.read',
    TouCostSplit: 'energy.read',
    TouCostLine: 'inherit',
    TouBandTotal: 'inherit',
    EnergyOverview: 'energy.read',
    EnergyHourPoint: 'inherit',
    EnergyBuildingShare: 'inherit',
    EnergyMonthPoint: 'inherit',
    EnergyComparison: 'inherit',
    EnergyFlow: 'energy.read',
    EnergyFlowNode: 'inherit',
    EnergyFlowLink: 'inherit',
  },
  permissions: {
    'energy.tariff.manage': {
      audience: 'STAFF',
      name: { zh: '管理能源价格', en: 'Manage energy prices' },
      description: {
        zh: '新增分时电价（峰平谷）版本和碳排放因子。',
        en: 'Adds time-of-use tariff versions (peak/flat/valley) and emission factors.',
      },
      grants: ['park_manager', 'finance'],
    },
  },
} as const satisfies Pick<
  FeatureModule,
  'actions' | 'entities' | 'resolvers' | 'seed' | 'typeAccess' | 'permissions'
>;
