/**
 * A whole number with thousands separators (`250,000`), as limits and counts are written in
 * messages. Written out rather than `toLocaleString('en-US')`: the first call of that loads ICU's
 * number formatting, which cost a one-file scan 15–20 ms of its start-up.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
