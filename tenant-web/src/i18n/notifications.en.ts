/** The portal's messages 消息: notifications worded from their kind and facts (en). */
export default {
  notice: {
    title: 'Messages',
    empty: 'No messages yet',
    noMore: 'No more',
    readAll: 'Mark all read',
    unreadShown: 'No unread messages | 1 unread | {n} unread',
    unread: 'No unread messages | 1 unread message | {n} unread messages',
    text: {
      billOverdue: 'Bill {bill} is {n} day overdue | Bill {bill} is {n} days overdue',
      billOverdueBody: '{amount} is still owed on the bill for {month}, due {date}; please pay soon',
      invoiceIssued: 'The invoice for bill {bill} has been issued',
      invoiceIssuedBody: 'Invoice number {number}; download it on the bill’s page',
      invoiceRejected: 'The invoice request for bill {bill} was rejected',
      invoiceRejectedBody: 'Reason: {reason}',
      quoteWaiting: 'Repair {number} has a quote waiting for your decision',
      other: 'You have a new message',
    },
  },
};
