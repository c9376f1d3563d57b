/** Phrases whose figure or words come from the supplement, or a 【待补充】 placeholder naming what is missing. */
import { writeAmount, writeChange } from '../phrases';
import type { Val, Values } from '../values';
import type { SectionWriter } from '../writer';

/** A supplement amount or its placeholder. */
export function writeUserAmount(writer: SectionWriter, values: Values, key: string): Val | undefined {
  const amount = values.amount(key);
  if (amount) writeAmount(writer, amount);
  else writer.text(values.placeholder(key));
  return amount;
}

/** A count from the supplement (团组, 批次, 辆…) or its placeholder. */
export function writeUserCount(writer: SectionWriter, values: Values, key: string): SectionWriter {
  const count = values.count(key);
  return count === undefined ? writer.text(values.placeholder(key)) : writer.fact(count, { kind: 'supplement', key });
}

/** A text from the supplement (a reason, a purpose, a measure) or its placeholder. */
export function writeUserText(writer: SectionWriter, values: Values, key: string): SectionWriter {
  return writer.text(values.text(key) ?? values.placeholder(key));
}

/** Ends a user's text with a full stop unless it already ends in punctuation. */
export function withFullStop(text: string): string {
  return /[。；！？.]$/.test(text) ? text : `${text}。`;
}

/** "与上年相比…" or, without the prior figure, a placeholder naming it. */
export function writeChangeOrPlaceholder(
  writer: SectionWriter,
  values: Values,
  subject: string,
  current: Val,
  priorKey: string,
  same?: string,
): void {
  const prior = values.amount(priorKey);
  if (prior) writeChange(writer, subject, current, prior, { same });
  else writer.text(`${subject}${values.placeholder(priorKey)}`);
}
