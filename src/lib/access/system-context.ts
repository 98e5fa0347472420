import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Server code that writes on a member's behalf (endorsing a problem, recounting replies) runs
 * inside `asSystem` so the member guard does not strip the fields it is there to protect.
 */
const storage = new AsyncLocalStorage<true>();

export const asSystem = <T>(work: () => Promise<T>): Promise<T> => storage.run(true, work);
export const isSystem = (): boolean => storage.getStore() === true;
