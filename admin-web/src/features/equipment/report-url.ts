/**
 * The public fault-report page a label's QR opens: the tenant portal's `/report/<token>`, served
 * by the API from the same origin as the console, needing no sign-in.
 */
export function reportUrl(token: string, origin = location.origin): string {
  return `${origin}/portal/report/${token}`;
}
