import { readFileSync } from 'node:fs';
import { type Anchor, decodeAnchor } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { UsageError } from './exitCodes.js';

/**
 * Reads a file of anchors kept outside the store: one JSON anchor per line (what `mgmt-review
 * anchor` prints, appended to a file), or one JSON array of them. Every anchor is decoded
 * strictly; a file that is neither, or an anchor with a wrong or unknown field, is a usage error
 * naming the line or index and the field.
 */
export const readAnchorsFile = (file: string): readonly Anchor[] => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the anchors file ${file}: ${(error as Error).message}`);
  }
  const trimmed = text.trim();
  const entries: { where: string; value: unknown }[] = [];
  const parse = (json: string, where: string): unknown => {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      throw new UsageError(`${file} ${where}: not JSON`);
    }
  };
  if (trimmed.startsWith('[')) {
    const list = parse(trimmed, 'as a whole');
    if (!Array.isArray(list)) throw new UsageError(`${file}: an array of anchors was expected`);
    for (const [i, value] of list.entries()) entries.push({ where: `anchor ${i}`, value });
  } else {
    trimmed.split('\n').forEach((line, i) => {
      if (line.trim() !== '') entries.push({ where: `line ${i + 1}`, value: parse(line, `line ${i + 1}`) });
    });
  }
  return entries.map(({ where, value }) => {
    const decoded = decodeAnchor(value);
    if (isLeft(decoded)) throw new UsageError(`${file} ${where}: ${decoded.left.message}`);
    return decoded.right;
  });
};
