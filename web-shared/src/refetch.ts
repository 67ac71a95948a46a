/**
 * Turns "refetch on every live event" into a refetch that never misses one. Apollo joins a
 * refetch to an identical query still in flight, so an event arriving mid-refetch would only get
 * the answer read before it; here such an event asks for one more refetch once the first is done.
 */
export function coalescedRefetch(refetch: () => Promise<unknown> | undefined): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await refetch();
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void run().catch(() => undefined);
}
