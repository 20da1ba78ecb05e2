import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildProject } from '../../test/project-factory.ts';

// The app's own page template, as the built app has it.
const webDistDir = await mkdtemp(path.join(tmpdir(), 'jumelage-web-'));
await copyFile(new URL('../../../../web/index.html', import.meta.url), path.join(webDistDir, 'index.html'));

const database = await createTestDatabase();
const app = await buildTestApp({ database, config: { webDistDir } });
const project = await buildProject(database.db, { title: 'Stories of our rivers' });

describe('HEAD on web pages', () => {
  it('answers like GET, without a body', async () => {
    for (const url of ['/', '/gallery', `/gallery/${project.id}`, `/gallery/${randomUUID()}`, '/no-such-page']) {
      const get = await app.inject({ method: 'GET', url });
      const head = await app.inject({ method: 'HEAD', url });
      assert.equal(head.statusCode, get.statusCode, url);
      assert.equal(head.headers['content-type'], get.headers['content-type'], url);
      assert.equal(
        head.headers['content-security-policy']?.toString().split("'nonce-")[0],
        get.headers['content-security-policy']?.toString().split("'nonce-")[0],
        url,
      );
      assert.equal(head.body, '', url);
    }
    assert.equal((await app.inject({ method: 'HEAD', url: `/gallery/${project.id}` })).statusCode, 200);
    assert.equal((await app.inject({ method: 'HEAD', url: '/' })).statusCode, 200);
  });
});
