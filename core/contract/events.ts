/** Events the backend pushes to the UI (progress of long jobs). */
export interface EventMap {
  'job.progress': { job: string; label: string; done: number; total: number; rowsPerSecond?: number };
}

export type EventName = keyof EventMap;
export type EventListener<E extends EventName> = (payload: EventMap[E]) => void;
