import { NonConformitySource, Severity } from '@mgmt-review/core';

/** The severities a breakdown lists, most severe first (the order the domain declares them in). */
export const severities = Object.keys(Severity.keys) as readonly Severity[];

/** The sources a breakdown lists, taken from the domain's codec. */
export const nonConformitySources = Object.keys(NonConformitySource.keys) as readonly NonConformitySource[];
