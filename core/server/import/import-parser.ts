// Worker thread entry: reads and parses the rows of an import while the data thread writes them.
import { parentPort, workerData } from 'node:worker_threads';
import { sha256OfFile } from './file-hash';
import { FileReadError, openTable, type OpenedTable } from './readers';
import { createRowParser, familyTextSlots, type ParseOutcome } from './rows';
import type { ParserMessage, ParserRequest, RowBatch } from './parser-protocol';

const BATCH_ROWS = 1000;
/** Batches posted but not yet written: enough to keep the writer busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 4;

const port = parentPort!;
const request = workerData as ParserRequest;
let inFlight = 0;
let credit: (() => void) | undefined;
port.on('message', () => {
  inFlight--;
  credit?.();
  credit = undefined;
});

const post = (message: ParserMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function send(batch: RowBatch): Promise<void> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (credit = resolve));
  inFlight++;
  post({ kind: 'batch', batch }, [batch.rowNumbers.buffer as ArrayBuffer, batch.repeatsFamily.buffer as ArrayBuffer, batch.numbers.buffer as ArrayBuffer]);
}

async function parseSheets(table: OpenedTable): Promise<void> {
  for (const [sheet, plan] of request.plans.entries()) {
    const { parse, numericWidth } = createRowParser(plan);
    const familySlots = familyTextSlots(plan);
    let family: (string | null)[] | null = null;
    let batch = newBatch(sheet, numericWidth);
    for await (const row of table.textRows?.(plan.sheet) ?? table.rows(plan.sheet)) {
      if (row.rowNumber <= plan.headerRow) continue;
      const at = batch.texts.length;
      const outcome: ParseOutcome = parse(row, batch.numbers, at * numericWidth);
      batch.rowNumbers[at] = row.rowNumber;
      if (outcome.ok) {
        const { texts } = outcome;
        if (family && familySlots.length > 0 && familySlots.every((slot, i) => texts[slot] === family![i])) {
          for (const slot of familySlots) texts[slot] = null;
          batch.repeatsFamily[at] = 1;
        } else family = familySlots.map((slot) => texts[slot] ?? null);
        batch.texts.push(texts);
      } else {
        batch.texts.push([]);
        batch.rejected.push({ at, problems: outcome.problems });
      }
      if (batch.texts.length === BATCH_ROWS) {
        await send(batch);
        batch = newBatch(sheet, numericWidth);
      }
    }
    const rows = batch.texts.length;
    if (rows > 0) await send({ ...batch, rowNumbers: batch.rowNumbers.slice(0, rows), repeatsFamily: batch.repeatsFamily.slice(0, rows), numbers: batch.numbers.slice(0, rows * numericWidth) });
    post({ kind: 'sheet-end', sheet, merged: await table.mergedCells(plan.sheet) });
  }
}

function newBatch(sheet: number, numericWidth: number): RowBatch {
  return { sheet, rowNumbers: new Int32Array(BATCH_ROWS), texts: [], repeatsFamily: new Uint8Array(BATCH_ROWS), numbers: new Float64Array(BATCH_ROWS * numericWidth), rejected: [] };
}

async function main(): Promise<void> {
  const sha256 = sha256OfFile(request.file);
  sha256.catch(() => undefined); // read by the await below, unless parsing fails first
  const table = await openTable(request.file, { encoding: request.encoding, encodingDetected: true });
  try {
    await parseSheets(table);
  } finally {
    await table.close();
  }
  post({ kind: 'done', sha256: await sha256 });
}

main().catch((error: unknown) => {
  if (error instanceof FileReadError) {
    post({ kind: 'failed', readError: { file: error.file, sheet: error.sheet, row: error.row, column: error.column, value: error.value }, message: error.message });
  } else {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  }
});
