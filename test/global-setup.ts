import { mkdirSync } from 'node:fs';

/** Folder for files tests produce and people look at (screenshots, rendered pages); git-ignored. */
export default function setup() {
  mkdirSync('test-output', { recursive: true });
}
