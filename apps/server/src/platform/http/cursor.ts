import { AppError } from '../errors.ts';

/**
 * Keyset pagination cursors: the (timestamp, id) of the last row of a page, opaque to clients.
 * The timestamp travels as text with microseconds, which a JavaScript Date would lose.
 */
export type Cursor = { time: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.time, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string, parameter: string): Cursor {
  try {
    const [time, id] = JSON.parse(Buffer.from(text, 'base64url').toString()) as [unknown, unknown];
    if (typeof time === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(Date.parse(time))) {
      return { time, id };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation_failed', 400, `query.${parameter} is not a cursor this server gave`);
}
