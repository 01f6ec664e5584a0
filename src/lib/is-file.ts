import { existsSync, statSync } from 'node:fs';

/** Whether a path is an existing file (not a folder). */
export const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();
