import { runCli } from './verivali';

const code = await runCli(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
process.exitCode = code;
