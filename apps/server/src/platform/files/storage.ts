import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A key names a stored file: lower-case words, digits and dashes between slashes, never `..`. */
const keyPattern = /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/;

export type ReceivedFile = { path: string; size: number };

/**
 * Files kept on the local disk under `DATA_DIR/files`, which every process of one machine shares.
 * A file is written to `files/tmp` while it arrives, checked, then renamed into place: a reader
 * never sees half a file, and what was refused leaves nothing behind.
 */
export type FileStorage = ReturnType<typeof fileStorage>;

export function fileStorage(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const temporaryDir = path.join(root, 'tmp');

  const pathOf = (key: string): string => {
    if (!keyPattern.test(key) || key.split('/').includes('..')) throw new Error(`Not a storage key: ${key}`);
    return path.join(root, key);
  };

  /** A fresh path in the temporary folder, on the same file system as the files. */
  async function temporaryPath(): Promise<string> {
    await mkdir(temporaryDir, { recursive: true });
    return path.join(temporaryDir, randomUUID());
  }

  /**
   * Streams `source` into a new temporary file and stops with `tooLarge()` as soon as it passes
   * `limit` bytes; on any failure the temporary file is gone. The source (a request) is drained,
   * not destroyed, so that an answer can still be sent on its connection.
   */
  async function receive(source: Readable, limit: number, tooLarge: () => Error): Promise<ReceivedFile> {
    const file = await temporaryPath();
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > limit ? tooLarge() : null, chunk);
      },
    });
    const interrupted = () => {
      if (!source.readableEnded) counter.destroy(new Error('The upload was interrupted'));
    };
    source.once('error', interrupted);
    source.once('close', interrupted);
    source.pipe(counter);
    try {
      await pipeline(counter, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
      return { path: file, size };
    } catch (error) {
      source.unpipe(counter);
      source.resume();
      await rm(file, { force: true });
      throw error;
    } finally {
      source.off('error', interrupted);
      source.off('close', interrupted);
    }
  }

  /** Moves a checked temporary file into place under its key. */
  async function place(temporary: string, key: string): Promise<void> {
    const target = pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(temporary, target);
  }

  async function open(key: string): Promise<{ stream: ReadStream; size: number }> {
    const file = pathOf(key);
    const { size } = await stat(file);
    return { stream: createReadStream(file), size };
  }

  async function remove(...keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(pathOf(key), { force: true })));
  }

  /** Forgets temporary files (those already moved into place are no longer there). */
  async function discard(...temporaries: string[]): Promise<void> {
    await Promise.all(temporaries.filter((file) => path.dirname(file) === temporaryDir).map((file) => rm(file, { force: true })));
  }

  return { root, pathOf, temporaryPath, receive, place, open, remove, discard };
}
