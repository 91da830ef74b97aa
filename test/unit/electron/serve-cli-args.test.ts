import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../electron/core/paths';
import { parseServeArgs } from '../../../electron/serve/cli-args';

describe('defaultDatabasePath', () => {
  it('uses %APPDATA%/TCNS on Windows, ~/.config/TCNS elsewhere, and TCNS_DB when set', () => {
    expect(defaultDatabasePath({ APPDATA: 'C:/Users/An/AppData/Roaming' }, 'win32', 'C:/Users/An')).toBe(
      join('C:/Users/An/AppData/Roaming', 'TCNS', 'tcns.db'),
    );
    expect(defaultDatabasePath({}, 'linux', '/home/an')).toBe('/home/an/.config/TCNS/tcns.db');
    expect(defaultDatabasePath({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/an')).toBe('/cfg/TCNS/tcns.db');
    expect(defaultDatabasePath({ TCNS_DB: '/data/xa.db', APPDATA: 'x' }, 'win32', '/h')).toBe('/data/xa.db');
  });
});

describe('parseServeArgs', () => {
  it('has safe defaults: loopback host, port 5174, the default database', () => {
    expect(parseServeArgs([])).toEqual({
      dbFile: defaultDatabasePath(),
      port: 5174,
      host: '127.0.0.1',
      staticDir: 'dist/renderer',
      demo: false,
      create: true, // the default path is created on the first run; an explicit --db needs --create
    });
  });

  it('reads --db, --port, --host, --demo', () => {
    expect(parseServeArgs(['--db', 'x.db', '--port', '0', '--host', '0.0.0.0', '--demo'])).toMatchObject({
      dbFile: 'x.db',
      port: 0,
      host: '0.0.0.0',
      demo: true,
    });
  });

  it('refuses a bad port or an unknown option', () => {
    expect(() => parseServeArgs(['--port', '70000'])).toThrow('Cổng không hợp lệ');
    expect(() => parseServeArgs(['--port', 'abc'])).toThrow('Cổng không hợp lệ');
    expect(() => parseServeArgs(['--token', 'x'])).toThrow();
  });
});
