import { AppError } from '../errors.ts';

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

function decode(text: string, parameter: string, ranked: boolean): RankedCursor {
  try {
    const parts = JSON.parse(Buffer.from(text, 'base64url').toString()) as unknown[];
    const [score, time, id] = ranked ? parts : [0, ...parts];
    const valid = Array.isArray(parts) && parts.length === (ranked ? 3 : 2) && typeof score === 'number' && typeof time === 'string' && typeof id === 'string';
    if (valid && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(Date.parse(time))) return { score, time, id };
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation_failed', 400, `query.${parameter} is not a cursor this server gave`);
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
