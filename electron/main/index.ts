import { startMainProcess } from './lifecycle';

// Entry of the Electron main process (bundled to dist/electron/main.cjs).
void startMainProcess();
