import path from 'node:path';

/** The repository root, whichever of src/ or dist/src/ this file runs from. */
export const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

export const projectPath = (...parts: string[]): string => path.join(projectRoot, ...parts);
