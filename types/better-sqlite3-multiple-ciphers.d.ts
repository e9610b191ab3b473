// The package ships typings its "exports" map hides; its API is better-sqlite3's.
declare module 'better-sqlite3-multiple-ciphers' {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an `export =` module can only be re-exported this way
  import Database = require('better-sqlite3');
  export = Database;
}
