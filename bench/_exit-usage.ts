/**
 * Loaded with `--import` into a measured child process (bench/cluster-command.ts): on exit it writes the
 * process's own CPU time and peak resident memory to stderr as one JSON line, so the parent measures the command
 * as users run it, without wrapping it in another script.
 */
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(
    `\n${JSON.stringify({ cpuS: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: Math.round(u.maxRSS / 1024) })}\n`,
  );
});
