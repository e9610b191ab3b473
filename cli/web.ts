import { defaultDataDir, rendererDir } from './paths';
import { startWebServer } from './web-server';

const port = Number(process.env.PORT ?? 0) || 0;
const server = await startWebServer({ dataDir: defaultDataDir(), staticDir: rendererDir, port });
console.log('Verivali Desktop (mode web) berjalan. Buka alamat ini di browser (hanya dari komputer ini):');
console.log(`  ${server.url}`);
console.log('Tekan Ctrl+C untuk berhenti.');

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
