import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and ./data when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, path.resolve('data'));
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.redisUrl, undefined);
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/srv/jumelage',
      DATABASE_URL: 'postgres://root@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'warn',
    });
    assert.deepEqual(
      [config.port, config.dataDir, config.databaseUrl, config.redisUrl, config.logLevel],
      [8080, '/srv/jumelage', 'postgres://root@127.0.0.1:5432/test', 'redis://127.0.0.1:6379', 'warn'],
    );
  });

  it('reads TRUST_PROXY as a flag, a number of hops or addresses', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    const oneHop = loadConfig({ TRUST_PROXY: '1' }).trustProxy;
    assert.ok(typeof oneHop === 'function' && oneHop('10.0.0.1', 0) && !oneHop('10.0.0.1', 1));
    assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy, '10.0.0.0/8, 127.0.0.1');
    assert.throws(() => loadConfig({ TRUST_PROXY: 'yes please' }), /TRUST_PROXY/);
  });

  it('reads the upload limits in megabytes', () => {
    const config = loadConfig({ MAX_UPLOAD_MB: '20', PROJECT_STORAGE_MB: '500' });
    assert.deepEqual([config.maxUploadBytes, config.projectStorageBytes], [20 * 1_048_576, 500 * 1_048_576]);
    assert.deepEqual([loadConfig({}).maxUploadBytes, loadConfig({}).projectStorageBytes], [100 * 1_048_576, 2000 * 1_048_576]);
    assert.throws(() => loadConfig({ MAX_UPLOAD_MB: '0' }), /MAX_UPLOAD_MB="0": must be at least 1/);
    assert.throws(() => loadConfig({ PROJECT_STORAGE_MB: '1.5' }), /PROJECT_STORAGE_MB="1.5": must be a whole number of megabytes/);
  });

  it('treats an empty variable as unset', () => {
    assert.equal(loadConfig({ PORT: '', DATABASE_URL: '' }).port, 3000);
  });

  for (const [name, value, expected] of [
    ['PORT', 'abc', /PORT="abc": must be a whole number/],
    ['PORT', '70000', /PORT="70000": must be between 0 \(any free port\) and 65535/],
    ['PORT', '3.5', /PORT="3.5": must be a whole number/],
    ['DATABASE_URL', 'mysql://db/x', /DATABASE_URL=.*postgres:\/\//],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL=.*redis:\/\//],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
  ] as const) {
    it(`refuses ${name}=${value}, naming the variable`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, expected);
          return true;
        },
      );
    });
  }

  it('lists every bad variable at once', () => {
    assert.throws(() => loadConfig({ PORT: 'abc', REDIS_URL: 'nope' }), /PORT[\s\S]*REDIS_URL/);
  });
});
