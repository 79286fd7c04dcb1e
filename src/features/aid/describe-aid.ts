import type { AidRecord } from '../../data/schema';
import type { AidCell } from '../../model/aid';
import { describeDateBasis, describeMoney, formatBetween, formatInteger, formatPartialDate, formatUsdCompact, formatUsdFull } from '../../model/format';
import type { DayWindow } from '../../model/window';

/** "17 Apr 2022 · running total as of · $141.9 million (printed with a bare “$”…)" for one record. */
export function describeAidRecord(record: AidRecord): { date: string; basis: string; money: string | null } {
  return {
    date: formatPartialDate(record.date, record.precision),
    basis: describeDateBasis(record.dateBasis, record.basis === 'total'),
    money: record.money ? describeMoney(record.money) : null,
  };
}

/** How a cell's amount was counted, in words: "total as of the end, US$308.9M, minus US$0 before". */
export function describeCounting(cell: AidCell, window: DayWindow): string {
  const range = Number.isFinite(window.from) || Number.isFinite(window.to) ? ` ${formatBetween(window.from, window.to)}` : '';
  if (cell.usd === 0 && cell.records.length === 0) return `No value stated${range}.`;
  if (cell.before > 0) {
    return `${formatUsdFull(cell.usd)} committed${range}: the running total of ${formatUsdCompact(cell.atEnd)} at the end minus ${formatUsdCompact(cell.before)} before.`;
  }
  return `${formatUsdFull(cell.usd)} committed${range}.`;
}

/** An in-kind item in words: "70,000 tons of coal", "over 6,000 humanitarian visas to Ukrainian refugees", "bulletproof vests". */
export function itemText(item: AidRecord['items'][number]): string {
  if (item.quantity === null) return item.what;
  const qty = `${item.qualifier ? `${item.qualifier} ` : ''}${formatInteger(item.quantity)}`;
  return item.unit && !item.what.includes(item.unit) ? `${qty} ${item.unit} of ${item.what}` : `${qty} ${item.what}`;
}
