// A build whose output is piped to a reader that stops early (`npm run build | head`) gets EPIPE
// on its next write. Unhandled, the error reaches Eleventy's handler, which writes it to the same
// closed stream: the process spun at full CPU and never exited. Here the build goes on, silent,
// and exits as it would have.

/** Streams already guarded: Eleventy may load the config more than once in a process. */
const guarded = new WeakSet<NodeJS.WriteStream>();

/** From the first EPIPE on stdout or stderr, writes to that stream are dropped. */
export function keepBuildingWhenOutputCloses(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if (guarded.has(stream)) continue;
    guarded.add(stream);
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      stream.write = () => true;
    });
  }
}
