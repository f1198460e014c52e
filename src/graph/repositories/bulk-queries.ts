import { defineQuery } from '../query';

/** The one Change a seed load or an import records for everything it wrote. */
export const RECORD_CHANGE = defineQuery<
  { changeId: string; at: string; by: string; operation: string; ids: string[]; details: string; fields: string },
  { count: number }
>('bulk/recordChange', ['changeId', 'at', 'by', 'operation', 'ids', 'details', 'fields']);
