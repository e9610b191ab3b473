// Another "instance" for the lock test: opens the workspace given on the command line and waits.
import { openDatabase } from '../../db/open';

openDatabase(process.argv[2] ?? '');
console.log('locked');
setInterval(() => undefined, 1000);
