/** The public fault-report page an equipment label's QR opens (zh-CN). */
export default {
  report: {
    brand: '设备报修',
    equipment: '设备',
    title: '报告故障',
    description: '哪里有问题',
    descriptionPlaceholder: '例如：电梯运行时有异响',
    descriptionRule: '请至少写两个字说明问题',
    name: '您的称呼',
    phone: '联系电话',
    phoneRule: '请填写正确的电话号码',
    optional: '选填',
    photo: '照片（选填）',
    privacy: '称呼和电话仅供物业服务中心回访联系使用。',
    submit: '提交报修',
    thanks: '已收到，谢谢！',
    thanksText: '物业服务中心已收到您的报修，会尽快安排处理。',
    photoFailed: '照片未能上传，报修已提交。',
    notFound: '没有找到这台设备，请确认二维码是否完整',
  },
};
