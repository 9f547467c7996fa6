/** Makes an entity instance from plain seed data (entities have no constructors). */
export function build<T extends object>(entity: new () => T, data: Omit<T, never> | Partial<T>): T {
  return Object.assign(new entity(), data);
}
