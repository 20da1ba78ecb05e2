import { invalidField } from '../errors.ts';

/**
 * Keyset pagination cursors: the (timestamp, id) of the last row of a page, opaque to clients.
 * The timestamp travels as text with microseconds, which a JavaScript Date would lose.
 */
export type Cursor = { time: string; id: string };

/** The cursor of a page sorted by relevance first: the last row's (score, timestamp, id). */
export type RankedCursor = Cursor & { score: number };

function encode(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// As the queries write it (to_char … 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'); PostgreSQL has no year 0.
const timePattern = /^(?!0000)(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d{6}Z$/;

/** A time PostgreSQL takes as it is: Date.parse alone also takes '0' or 30 February (moved to March). */
function isCursorTime(time: unknown): time is string {
  const seconds = typeof time === 'string' ? timePattern.exec(time)?.[1] : undefined;
  return seconds !== undefined && new Date(`${seconds}Z`).toISOString().startsWith(seconds);
}

function decode(text: string, parameter: string, ranked: boolean): RankedCursor {
  try {
    const parts = JSON.parse(Buffer.from(text, 'base64url').toString()) as unknown[];
    const [score, time, id] = ranked ? parts : [0, ...parts];
    const valid =
      Array.isArray(parts) && parts.length === (ranked ? 3 : 2) && Number.isFinite(score) && isCursorTime(time) && typeof id === 'string';
    if (valid && uuidPattern.test(id)) return { score: score as number, time, id };
  } catch {
    // falls through to the error below
  }
  throw invalidField(`query.${parameter}`, 'invalid', 'is not a cursor this server gave');
}

export function encodeCursor(cursor: Cursor): string {
  return encode([cursor.time, cursor.id]);
}

export function decodeCursor(text: string, parameter: string): Cursor {
  const { time, id } = decode(text, parameter, false);
  return { time, id };
}

export function encodeRankedCursor(cursor: RankedCursor): string {
  return encode([cursor.score, cursor.time, cursor.id]);
}

export function decodeRankedCursor(text: string, parameter: string): RankedCursor {
  return decode(text, parameter, true);
}
