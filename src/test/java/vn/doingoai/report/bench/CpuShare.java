package vn.doingoai.report.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the machine's CPU was shared during a measurement, from {@code /proc}: the server's, the
 * benchmark's own (the client), PostgreSQL's (all its processes) and everybody else's (other
 * developers' builds). The load average
 * cannot tell this apart: during a page's run the server's 50 busy threads are in it too.
 */
final class CpuShare {

    private final long serverPid;
    private final long[] start;

    private CpuShare(long serverPid) {
        this.serverPid = serverPid;
        this.start = sample();
    }

    static CpuShare start(long serverPid) {
        return new CpuShare(serverPid);
    }

    /** "server 1.7, client 0.2, others 0.1 of 2 cores" since the start. */
    String since() {
        long[] end = sample();
        if (start == null || end == null || end[0] == start[0]) {
            return "cpu ?";
        }
        double cores = Runtime.getRuntime().availableProcessors();
        double elapsed = (end[0] - start[0]) / cores;
        double server = (end[2] - start[2]) / elapsed;
        double client = (end[3] - start[3]) / elapsed;
        double busy = (end[1] - start[1]) / elapsed;
        double database = (end[4] - start[4]) / elapsed;
        return String.format(
                "cpu: server %.1f, client %.1f, postgres %.1f, others %.1f of %.0f cores",
                server, client, database, Math.max(0, busy - server - client - database), cores);
    }

    /** The server's CPU time since the start, in seconds. */
    double serverSeconds() {
        long[] end = sample();
        return start == null || end == null ? Double.NaN : (end[2] - start[2]) / 100.0;
    }

    /** Total jiffies, busy jiffies, the server's and this process's jiffies. */
    private long[] sample() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {
                total, total - idle, processJiffies(Long.toString(serverPid)), processJiffies("self"), postgres()
            };
        } catch (Exception e) {
            return null;
        }
    }

    /** Every PostgreSQL process (the benchmark's connections, but also other users' of the machine). */
    private static long postgres() throws Exception {
        long jiffies = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir :
                    dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        jiffies += processJiffies(dir.getFileName().toString());
                    }
                } catch (java.io.IOException gone) {
                    // the process ended
                }
            }
        }
        return jiffies;
    }

    private static long processJiffies(String pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command's ')'
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
