import type { Extension } from './program.js';

/** The subcommands built on the read models: demo, auditor answers, KPIs, registers, replay. */
export const extensions: readonly Extension[] = [];
