import { EquipmentCategory as C } from '../../modules/equipment/equipment.entity.js';

/** Chinese notes for the seeded equipment history, by category (and a few by kind tag). */
type Lines = readonly string[];

/** Semi-monthly elevator maintenance (半月保养, TSG T5002). */
export const ELEVATOR_NOTES: Lines = [
  '半月保养：清洁机房与轿顶，检查曳引机、制动器及门机，运行正常',
  '半月保养：润滑导轨，调整层门门锁啮合深度，试运行正常',
  '半月保养：检查钢丝绳磨损与张力，测试紧急报警装置，正常',
  '半月保养：检查限速器与安全钳联动，测试五方通话，正常',
  '半月保养：检查轿门光幕与开关门速度，平层精度合格',
];

/** Monthly fire-system inspections by kind tag. */
export const FIRE_NOTES: Record<string, Lines> = {
  FPM: ['月度巡检：主备泵切换试验正常，出口压力 0.62 MPa', '月度巡检：手动、自动启泵测试正常，控制柜无报警'],
  SPK: ['月度巡检：末端试水装置放水，喷淋泵联动启动正常', '月度巡检：湿式报警阀组压力正常，水力警铃动作正常'],
  FAP: ['月度巡检：主备电切换正常，抽测探测器 20 只，报警正常', '月度巡检：联动控制功能测试正常，无故障点位'],
  SEF: ['月度巡检：现场与消控室远程启停测试正常，风机运转无异响', '月度巡检：排烟防火阀联动关闭测试正常'],
};

/** Quarterly inspections and maintenance by category; `[inspected, maintained]`. */
export const QUARTERLY_NOTES: Record<string, readonly [Lines, Lines]> = {
  [C.POWER_DISTRIBUTION]: [
    ['季度巡检：红外测温无异常，运行温度正常', '季度巡检：检查母排紧固与柜内清洁，仪表指示正常'],
    ['季度保养：清扫柜体、紧固接线端子，保护装置动作测试正常', '停电检修：清灰除尘，绝缘电阻测试合格'],
  ],
  [C.HVAC]: [
    ['季度巡检：检查运行参数，供回水温度正常，无报警', '季度巡检：检查皮带、轴承及冷凝水排放，正常'],
    ['季度保养：清洗过滤网与换热翅片，更换皮带', '季度保养：检查冷媒压力，清洗冷凝器，补充润滑油'],
  ],
  [C.WATER_SUPPLY_DRAINAGE]: [
    ['季度巡检：检查泵组运行电流与出口压力，正常', '季度巡检：液位控制与浮球开关动作正常'],
    ['季度保养：更换机械密封，检查止回阀，运行正常', '季度保养：清理叶轮与进水滤网，试运行正常'],
  ],
  TNK: [
    ['季度巡检：水箱液位控制与消毒设备运行正常', '季度巡检：人孔密封、通气管防虫网完好'],
    ['水箱清洗消毒，水质送检合格', '季度保养：检查进水阀与溢流管，更换紫外灯管'],
  ],
  [C.FIRE_PROTECTION]: [['季度巡检：外观与运行状态正常'], ['年度维保检测：各项功能测试合格，出具检测报告']],
  [C.WEAK_CURRENT_CCTV]: [
    ['季度巡检：画面清晰，录像完整，存储满 30 天', '季度巡检：门禁刷卡与人脸识别正常，记录上传正常'],
    ['季度保养：清洁镜头与防护罩，紧固支架，校准时间', '季度保养：固件升级，检查硬盘健康状态'],
  ],
  [C.LIGHTING]: [
    ['季度巡检：应急转换测试正常，蓄电池放电时间 95 分钟', '季度巡检：照明回路定时策略运行正常'],
    ['季度保养：检查模块通讯及回路负载，紧固接线', '季度保养：蓄电池充放电维护，容量正常'],
  ],
  [C.EV_CHARGER]: [
    ['季度巡检：检查枪线、急停按钮及绝缘，充电测试正常', '季度巡检：散热风扇与滤网正常，平台通讯正常'],
    ['季度保养：清洁散热滤网，紧固功率端子', '季度保养：更新计费固件，接地电阻测试合格'],
  ],
  GEN: [
    ['季度巡检：检查油位、水位与蓄电池电压，正常', '季度巡检：空载试机 15 分钟，运行平稳'],
    ['季度保养：带载试机 30 分钟，更换机油及三滤', '季度保养：检查启动电池与冷却液，补充燃油'],
  ],
  BRG: [
    ['季度巡检：车牌识别率正常，抬落杆动作顺畅', '季度巡检：地感线圈与防砸功能测试正常'],
    ['季度保养：调整闸杆平衡弹簧，清洁识别摄像机', '季度保养：润滑传动机构，紧固机箱螺栓'],
  ],
};

/** Repairs after an unplanned fault, by category. */
export const REPAIR_NOTES: Record<string, Lines> = {
  [C.POWER_DISTRIBUTION]: ['出线柜断路器跳闸，检查负载后更换脱扣器，恢复供电'],
  [C.HVAC]: ['风机轴承异响，更换轴承后恢复运行', '冷凝水排水不畅，疏通后恢复'],
  [C.ELEVATOR]: [
    '困人故障：门机皮带打滑，更换皮带后恢复运行',
    '层门门锁开关接触不良，更换后恢复运行',
    '平层不准，调整平层感应器后恢复',
  ],
  [C.WATER_SUPPLY_DRAINAGE]: ['排污泵浮球开关失灵，更换后恢复', '变频器过流报警，更换散热风扇后恢复'],
  [C.FIRE_PROTECTION]: ['控制箱接触器损坏，更换后联动测试正常', '探测器误报，清洗更换后恢复'],
  [C.WEAK_CURRENT_CCTV]: ['画面丢失，更换 POE 供电模块后恢复', '门禁读头无响应，更换读头后恢复'],
  [C.LIGHTING]: ['模块通讯中断，更换总线耦合器后恢复', '蓄电池鼓包，更换电池组'],
  [C.EV_CHARGER]: ['充电模块故障，更换功率模块后恢复', '刷卡器无响应，更换读卡模块后恢复'],
  [C.OTHER]: ['抬杆不到位，调整弹簧并更换电机电容后恢复', '启动失败，更换启动电池后试机正常'],
};

/** Why an asset is currently out of normal service, by category. */
export const FAULT_NOTES: Record<string, string> = {
  [C.EV_CHARGER]: '充电桩报绝缘检测故障，已停用并报厂家维修',
  [C.WEAK_CURRENT_CCTV]: '画面丢失，疑似线路损坏，已报修',
  [C.WATER_SUPPLY_DRAINAGE]: '排污泵无法自动启动，临时改手动运行，已报修',
  [C.FIRE_PROTECTION]: '远程启动无反馈，待更换控制模块',
};
export const MAINTENANCE_NOTES: Record<string, string> = {
  [C.ELEVATOR]: '计划性大修：更换曳引钢丝绳，暂停使用',
  [C.HVAC]: '计划性检修：停机更换换热盘管及轴承',
  [C.OTHER]: '更换闸机电机，临时人工放行',
};
export const RETIRE_NOTE = '设备老化、维修成本过高，经评估办理报废';
export const INSTALL_NOTE = '安装调试完成，验收合格并移交物业';
