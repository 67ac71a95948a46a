/** The portal's messages 消息: notifications worded from their kind and facts (zh-CN). */
export default {
  notice: {
    title: '消息',
    empty: '暂无消息',
    noMore: '没有更多了',
    readAll: '全部已读',
    unreadShown: '没有未读消息 | 1 条未读 | {n} 条未读',
    unread: '没有未读消息 | 1 条未读消息 | {n} 条未读消息',
    text: {
      billOverdue: '账单 {bill} 已逾期 {n} 天 | 账单 {bill} 已逾期 {n} 天',
      billOverdueBody: '{month}账单尚欠 {amount}，应于 {date} 前缴清，请尽快缴费',
      invoiceIssued: '账单 {bill} 的发票已开具',
      invoiceIssuedBody: '发票号码 {number}，可在账单详情中下载',
      invoiceRejected: '账单 {bill} 的开票申请被驳回',
      invoiceRejectedBody: '原因：{reason}',
      quoteWaiting: '工单 {number} 的报价待您确认',
      other: '您有一条新消息',
    },
  },
};
