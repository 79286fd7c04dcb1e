/// <reference lib="webworker" />
// Reads and checks datasets off the main thread, and sends back what the schema gave: the page
// never parses a dataset's text itself.
import { answerCheck } from './dataset-checker';
import type { CheckRequest } from './parse';

self.onmessage = (event: MessageEvent<CheckRequest>) => void answerCheck(event.data, (reply) => self.postMessage(reply));
