// Warm JVM runner, run inside the sandbox: runs the main method of many compiled classes in one JVM.
// Protocol (manifest on standard input, one frame per program on standard output): see
// transcoder.verify.batching. Each class gets its own class loader (no shared static state), its own
// thread group, captured and capped output, empty standard input, and a wall-time limit; in the full
// sandbox the whole JVM runs in a cgroup with the programs' memory and task limits, as a lone JVM
// does (it joins it once, at start). As a lone JVM would, the runner waits for the
// program's non-daemon threads after main returns. A program that outlives its time, or leaves any
// thread running, cannot be stopped safely: the runner reports it and halts, and the host starts a
// fresh runner for the programs that remain; so does a program that calls System.exit. A program
// that comes near a limit (half its time or CPU, most of the heap, its task limit) is marked for a
// lone run, whose verdict counts. The heap is as large as a lone run's (batches group programs by
// memory limit), so a program that fits alone fits here and the other way round.

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

public class TranscoderBatchRunner {
    static final long STACK_BYTES = Long.getLong("transcoder.stack", 16L << 20);
    static final String CGROUPS = "/transcoder-cgroups";
    static final double NEAR = 0.5;

    static final class OutputLimitExceeded extends Error {
        OutputLimitExceeded() {
            super("output limit exceeded", null, false, false);
        }
    }

    // Output is kept in memory up to a cap shared by stdout and stderr, as the sandbox counts it.
    static final class Capped extends OutputStream {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final long[] total;
        final long cap;
        volatile boolean exceeded;

        Capped(long[] total, long cap) {
            this.total = total;
            this.cap = cap;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] data, int offset, int length) {
            synchronized (total) {
                if (total[0] + length > cap) {
                    exceeded = true;
                    throw new OutputLimitExceeded();
                }
                total[0] += length;
            }
            buffer.write(data, offset, length);
        }
    }

    static String read(String path) {
        try {
            return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    // CPU seconds of this whole JVM (all threads, as RLIMIT_CPU counts a lone run), from /proc.
    static double processCpuSeconds() {
        String stat = read("/proc/self/stat");
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    static long cgroupValue(String controller, String name, String key) {
        String text = "\n" + read(CGROUPS + "/" + controller + "/programs/" + name);
        try {
            if (key.isEmpty()) {
                return Long.parseLong(text.trim());
            }
            int at = text.indexOf("\n" + key + " ");
            return at < 0 ? 0 : Long.parseLong(text.substring(at + key.length() + 2).split("\\s")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // OOM kills, charges refused at the memory limit, forks refused at the task limit, so far; the
    // peak usage starts again from now.
    static long[] counters() {
        try {
            Files.write(Paths.get(CGROUPS, "memory", "programs", "memory.max_usage_in_bytes"), "0".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException ignored) {
            // the peak then covers earlier programs too: at worst a needless lone run
        }
        return new long[] {cgroupValue("memory", "memory.oom_control", "oom_kill"), cgroupValue("memory", "memory.failcnt", ""),
            cgroupValue("pids", "pids.events", "max")};
    }

    static Set<String> listing(String directory) {
        Set<String> names = new HashSet<>();
        String[] found = new File(directory).list();
        if (found != null) {
            for (String name : found) {
                names.add(name);
            }
        }
        return names;
    }

    // What the last program added to the working directory and /tmp goes (links are not followed).
    static void removeLeftovers(String directory, Set<String> before) {
        for (String name : listing(directory)) {
            if (before.contains(name)) {
                continue;
            }
            try {
                Files.walkFileTree(Paths.get(directory, name), new SimpleFileVisitor<Path>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException ignored) {
                // the next program may see it; its own verdict comes from a lone run if it matters
            }
        }
    }

    static boolean aliveIn(ThreadGroup group, boolean daemonsToo) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i].isAlive() && (daemonsToo || !threads[i].isDaemon())) {
                return true;
            }
        }
        return false;
    }

    // Waits until no non-daemon thread of the group is alive, or the deadline passes; true if it passed.
    static boolean awaitThreads(ThreadGroup group, long deadline) throws InterruptedException {
        while (aliveIn(group, false)) {
            if (System.nanoTime() >= deadline) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    static void killOtherProcesses(boolean isolated) {
        long self = ProcessHandle.current().pid();
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        if (isolated) {  // our own pid namespace: everything but us and its init belongs to the program
            ProcessHandle.allProcesses()
                    .filter(p -> p.pid() != self && p.pid() != 1)
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    public static void main(String[] args) throws Exception {
        byte[] manifest = System.in.readAllBytes();
        System.setIn(new ByteArrayInputStream(new byte[0]));
        OutputStream frames = new FileOutputStream(FileDescriptor.out);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\n");
        String[] header = lines[0].split(" ");
        String nonce = header[2];
        boolean isolated = header[3].equals("1");
        URL classes = new File("classes").toURI().toURL();
        if (isolated) {
            for (String controller : new String[] {"memory", "pids"}) {
                Files.write(Paths.get(CGROUPS, controller, "programs", "cgroup.procs"), "0".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Set<String> workBefore = listing(".");
        Set<String> tmpBefore = listing("/tmp");
        for (int line = 1; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            String[] fields = lines[line].split("\t");
            String index = fields[0];
            String className = fields[1];
            long wallMillis = Long.parseLong(fields[2]);
            long cpuLimit = Long.parseLong(fields[3]);
            long maxOutput = Long.parseLong(fields[5]);
            long[] total = new long[1];
            Capped out = new Capped(total, maxOutput);
            Capped err = new Capped(total, maxOutput);
            PrintStream programOut = new PrintStream(out, false, StandardCharsets.UTF_8);
            PrintStream programErr = new PrintStream(err, true, StandardCharsets.UTF_8);
            Throwable[] failure = new Throwable[1];
            long[] before = isolated ? counters() : new long[3];
            double cpuStart = processCpuSeconds();
            long start = System.nanoTime();
            long deadline = start + wallMillis * 1_000_000L;
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, TranscoderBatchRunner.class.getClassLoader());
            ThreadGroup group = new ThreadGroup("transcoder-program-" + index);
            Thread thread = new Thread(group, () -> {
                try {
                    Class<?> program = Class.forName(className, true, loader);
                    Method main = program.getMethod("main", String[].class);
                    main.setAccessible(true);  // the class itself need not be public
                    main.invoke(null, (Object) new String[0]);
                } catch (InvocationTargetException e) {
                    failure[0] = e.getCause();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "main", STACK_BYTES);
            System.setOut(programOut);
            System.setErr(programErr);
            thread.start();
            thread.join(wallMillis);
            boolean timedOut = thread.isAlive() || awaitThreads(group, deadline);
            boolean leftRunning = timedOut || aliveIn(group, true);
            String flag = "ok";
            String exitCode = "0";
            try {
                programOut.flush();
            } catch (OutputLimitExceeded e) {
                out.exceeded = true;
            }
            if (timedOut) {
                flag = "timeout";
                exitCode = "-";
            } else if (out.exceeded || err.exceeded || failure[0] instanceof OutputLimitExceeded) {
                flag = "output_limit";
                exitCode = "-";
            } else if (failure[0] != null) {
                exitCode = "1";
                if (failure[0] instanceof OutOfMemoryError) {
                    flag = "memory_limit";
                }
                try {
                    programErr.print("Exception in thread \"main\" ");
                    failure[0].printStackTrace(programErr);
                } catch (OutputLimitExceeded e) {
                    flag = "output_limit";
                }
            }
            System.setOut(realOut);
            System.setErr(realErr);
            killOtherProcesses(isolated);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = processCpuSeconds() - cpuStart;
            Runtime runtime = Runtime.getRuntime();
            long[] after = isolated ? counters() : new long[3];
            long limit = cgroupValue("memory", "memory.limit_in_bytes", "");
            boolean near = seconds >= NEAR * wallMillis / 1000.0 || cpu >= NEAR * cpuLimit
                    || runtime.totalMemory() - runtime.freeMemory() >= 0.85 * runtime.maxMemory()
                    || after[1] > before[1] || after[2] > before[2]
                    || (isolated && cgroupValue("memory", "memory.max_usage_in_bytes", "") >= 0.9 * limit);
            if (after[0] > before[0] && flag.equals("ok")) {
                flag = "memory_limit";
            }
            if (flag.equals("ok") && new File(".").getUsableSpace() < (64L << 10)) {
                flag = "disk_limit";
            }
            if (!leftRunning) {
                removeLeftovers(".", workBefore);
                removeLeftovers("/tmp", tmpBefore);
            }
            byte[] stdout = out.buffer.toByteArray();
            byte[] stderr = err.buffer.toByteArray();
            String head = String.format(Locale.ROOT, "%s %s %s - %.6f %s %d %d %d\n", nonce, index, exitCode, seconds, flag,
                    near ? 1 : 0, stdout.length, stderr.length);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(head.getBytes(StandardCharsets.US_ASCII));
            frame.write(stdout);
            frame.write(stderr);
            frames.write(frame.toByteArray());
            frames.flush();
            if (leftRunning) {
                Runtime.getRuntime().halt(0);  // a program thread that cannot be stopped safely
            }
            try {
                loader.close();
            } catch (IOException ignored) {
                // nothing to release that matters
            }
        }
        Runtime.getRuntime().halt(0);
    }
}
