/// <reference lib="webworker" />
// Reads a spreadsheet off the main thread (see csv-reader.ts); closing the session ends the worker.
import { spreadsheetReader } from './csv-reader';
import type { CsvRequest } from './csv-work';

const answer = spreadsheetReader((reply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<CsvRequest>) => void answer(event.data);
