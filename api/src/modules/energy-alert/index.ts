import type { RequestContext } from '../../graphql/context.js';
import { declare, defineModule } from '../manifest.js';
import { EnergyAlert, EnergyAlertRule } from './energy-alert.entity.js';
import { evaluateAlerts } from './energy-alert.evaluate.js';
import { EnergyAlertResolver } from './energy-alert.resolver.js';
import { seedDemoAlertRules } from './energy-alert.seed.js';
import type { EnergyAlertTopics } from './energy-alert.topics.js';

/** Evaluates every park's rules: OFFLINE and clearing need the clock, not only new readings. */
async function evaluateAll(ctx: RequestContext, _payload: Record<string, never>): Promise<void> {
  await evaluateAlerts(ctx, null);
}

/** Evaluates a park's rules once its new readings are committed (energy's event). */
async function onReadings(ctx: RequestContext, payload: { parkId: string }): Promise<void> {
  await evaluateAlerts(ctx, [payload.parkId]);
}

/**
 * Energy alerts 用能预警 (issue 18 §6): rules per park (threshold, above baseline, night and
 * holiday use, night water flow, offline), one active alert per meter and rule, cleared when the
 * condition ends, a work order filed when the rule says so, and the control room told live.
 */
export const energyAlertModule = defineModule({
  name: 'energy-alert',
  title: { zh: '用能预警', en: 'Energy alerts' },
  actions: {
    createEnergyAlertRule: { zh: '新增用能预警规则', en: 'Add an energy alert rule' },
    updateEnergyAlertRule: { zh: '修改用能预警规则', en: 'Edit an energy alert rule' },
    setEnergyAlertRuleEnabled: { zh: '启用/停用用能预警规则', en: 'Enable or disable an energy alert rule' },
    evaluateEnergyAlerts: { zh: '立即检测用能预警', en: 'Check energy alerts now' },
    acknowledgeEnergyAlert: { zh: '确认用能预警', en: 'Acknowledge an energy alert' },
    closeEnergyAlert: { zh: '关闭用能预警', en: 'Close an energy alert' },
    'energyAlert.evaluate': { zh: '检测用能预警', en: 'Check energy alerts' },
  },
  entities: [EnergyAlertRule, EnergyAlert],
  resolvers: [EnergyAlertResolver],
  typeAccess: {
    EnergyAlert: 'energy.read',
    EnergyAlertRule: 'energy.read',
    EnergyAlertChange: 'inherit',
    EnergyAlertEvaluation: 'inherit',
  },
  topics: declare<EnergyAlertTopics>(),
  on: { 'energy.readingsRecorded': onReadings },
  tasks: { 'energyAlert.evaluate': evaluateAll },
  recurring: { 'energyAlert.evaluate': '*/5 * * * *' },
  seed: [{ name: 'demo energy alert rules', run: seedDemoAlertRules }],
  permissions: {
    'energy.alert.manage': {
      audience: 'STAFF',
      name: { zh: '管理用能预警', en: 'Manage energy alerts' },
      description: {
        zh: '设置用能预警规则，确认和关闭预警。',
        en: 'Sets energy alert rules, acknowledges and closes alerts.',
      },
      grants: ['park_manager', 'engineering'],
    },
  },
});
