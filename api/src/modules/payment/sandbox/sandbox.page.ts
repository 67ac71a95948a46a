const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATES: Record<string, string> = {
  NOTPAY: '待支付 · Waiting for payment',
  SUCCESS: '已支付 · Paid',
  REFUND: '已支付（有退款）· Paid (refunded in part or full)',
  PAYERROR: '支付失败 · Payment failed',
  CLOSED: '已关闭 · Closed (expired)',
};

const NOTES = {
  paid: '支付成功，通知已发出。· Paid; the notification is on its way.',
  failed: '已模拟支付失败。· A failed payment was simulated.',
  closed: '订单已关闭，无法支付。· The order is closed and cannot be paid.',
  unknown: '没有这笔订单。· No such order.',
} as const;

/**
 * The sandbox's checkout page, in both languages (a tester's tool, phone-sized): the order, and
 * buttons to pay or to fail it; leaving the page lets it time out.
 */
export function checkoutPage(
  order: { description: string; amount: string; state: string } | undefined,
  note: keyof typeof NOTES | undefined,
): string {
  const open = order?.state === 'NOTPAY';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>沙箱支付 · Sandbox payment</title>
<style>
body{margin:0;font-family:system-ui,"WenQuanYi Micro Hei",sans-serif;background:#f2f3f5;color:#1d2129}
main{max-width:420px;margin:0 auto;padding:24px 16px}
.card{background:#fff;border-radius:12px;padding:20px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.tag{display:inline-block;background:#fff7e8;color:#d25f00;border-radius:4px;padding:2px 8px;font-size:13px}
.amount{font-size:40px;font-weight:600;margin:16px 0 4px}
.muted{color:#86909c;font-size:14px}
.state{margin:16px 0;font-size:16px}
.note{background:#e8f3ff;color:#165dff;border-radius:8px;padding:10px 12px;margin:12px 0;font-size:14px}
button{display:block;width:100%;border:0;border-radius:8px;font-size:18px;padding:14px;margin-top:12px;cursor:pointer}
.pay{background:#07c160;color:#fff}.fail{background:#fff;color:#f53f3f;border:1px solid #f53f3f}
</style></head><body><main>
<p class="tag">沙箱 · Sandbox — 不会发生真实扣款 · no real money moves</p>
<div class="card">
${
  order
    ? `<div class="muted">${esc(order.description)}</div>
<div class="amount" data-testid="sandbox-amount">¥${esc(order.amount)}</div>
<div class="state" data-testid="sandbox-state">${esc(STATES[order.state] ?? order.state)}</div>`
    : ''
}
${note ? `<div class="note" data-testid="sandbox-note">${NOTES[note]}</div>` : ''}
${
  open
    ? `<form method="post"><button class="pay" name="action" value="pay" data-testid="sandbox-pay">确认支付 · Pay</button>
<button class="fail" name="action" value="fail" data-testid="sandbox-fail">模拟失败 · Fail</button></form>
<p class="muted">不操作则订单到期自动关闭。· Do nothing and the order times out.</p>`
    : ''
}
</div></main></body></html>`;
}
