import { Readable } from 'node:stream';
import { materialSchema, type Material } from '@jumelage/contracts';
import type { App } from '../platform/http/app-plugin.ts';
import { asSignedIn } from './factories.ts';
import { expectStatus, type Person } from './twinspace-factory.ts';

type UploadOptions = { albumId?: string; streamed?: boolean };

/** Uploads as the page does: the file's bytes as the body, its name in the query. */
export function uploader(app: App) {
  const send = (who: Person | undefined, projectId: string, name: string, bytes: Buffer, options: UploadOptions = {}) => {
    const query = new URLSearchParams({ name, ...(options.albumId ? { albumId: options.albumId } : {}) });
    const headers = { ...(who ? asSignedIn(who.session) : {}), 'content-type': 'application/octet-stream' };
    // A stream has no declared length: the limits must hold while it arrives.
    const payload = options.streamed ? Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]) : bytes;
    return app.inject({ method: 'POST', url: `/api/projects/${projectId}/materials?${query.toString()}`, headers, payload });
  };
  const upload = async (who: Person, projectId: string, name: string, bytes: Buffer, options: UploadOptions = {}): Promise<Material> =>
    materialSchema.parse((await expectStatus(await send(who, projectId, name, bytes, options), 201)).json());
  return { send, upload };
}
