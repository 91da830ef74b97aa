import { z } from 'zod';
import { op } from './define';

/** What the "Thông tin hỗ trợ" screen shows and support asks for first (issue 10). */
export interface SupportInfo {
  appVersion: string;
  /** Where the database, its backups and the logs live. */
  dataFolder: string;
  databaseFile: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  /** The current log file; null when this process keeps no log (the CLI). */
  logFile: string | null;
  /** e.g. "Electron 45.5.0, Node 24.11.1" or "Node 20.20.2". */
  runtime: string;
}

export const supportOperations = {
  'support.info': op<SupportInfo>()(z.object({}).strict()),
};
