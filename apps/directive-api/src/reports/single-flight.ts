/**
 * Identical questions asked while the first is being answered share its answer: a long
 * computation (the province's report) runs once however many people ask for it at once.
 * Nothing is kept once answered, so a later question always gets fresh figures.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const started = compute().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}
