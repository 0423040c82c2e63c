interface PartContent {
  readonly sources: readonly { readonly events: readonly string[] }[];
  readonly sinceLastReview?: { readonly events: readonly string[] };
}

/** The ids of the events a frozen part says it rests on: those of its sources, and those of what changed since the last review. */
export const eventsPartRestsOn = (content: unknown): ReadonlySet<string> => {
  const part = content as PartContent;
  return new Set([...part.sources.flatMap((s) => s.events), ...(part.sinceLastReview?.events ?? [])]);
};
