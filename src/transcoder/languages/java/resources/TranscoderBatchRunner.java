// Warm JVM runner, run inside the sandbox: runs the main method of many compiled classes in one JVM.
// Each class gets its own class loader (no shared static state), captured and capped output, and a
// wall-time limit; the manifest and result files are described in transcoder.verify.batching.
// A program that exceeds its time leaves a running thread behind, so the runner records the
// timeout and halts; a program that calls System.exit ends the JVM. In both cases the host starts
// a fresh runner for the programs that remain.

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

public class TranscoderBatchRunner {
    static final long STACK_BYTES = Long.getLong("transcoder.stack", 16L << 20);

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

    static void writeFile(String path, byte[] data) throws IOException {
        try (FileOutputStream out = new FileOutputStream(path)) {
            out.write(data);
        }
    }

    static void writeStatus(String index, String exitCode, double seconds, String flag) throws IOException {
        String tmp = "results/" + index + ".status.tmp";
        writeFile(tmp, (exitCode + " - " + String.format("%.6f", seconds) + " " + flag + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.move(Paths.get(tmp), Paths.get("results/" + index + ".status"), StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws Exception {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        URL classes = new File("classes").toURI().toURL();
        List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            String index = fields[0];
            String className = fields[1];
            long wallMillis = Long.parseLong(fields[2]);
            long maxOutput = Long.parseLong(fields[5]);
            long[] total = new long[1];
            Capped out = new Capped(total, maxOutput);
            Capped err = new Capped(total, maxOutput);
            PrintStream programOut = new PrintStream(out, false, StandardCharsets.UTF_8);
            PrintStream programErr = new PrintStream(err, true, StandardCharsets.UTF_8);
            Throwable[] failure = new Throwable[1];
            long start = System.nanoTime();
            URLClassLoader loader = new URLClassLoader(new URL[] {classes}, TranscoderBatchRunner.class.getClassLoader());
            Thread thread = new Thread(null, () -> {
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
            boolean timedOut = thread.isAlive();
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
            double seconds = (System.nanoTime() - start) / 1e9;
            writeFile("results/" + index + ".out", out.buffer.toByteArray());
            writeFile("results/" + index + ".err", err.buffer.toByteArray());
            writeStatus(index, exitCode, seconds, flag);
            if (timedOut) {
                Runtime.getRuntime().halt(0);  // the stuck thread cannot be stopped safely
            }
            try {
                loader.close();
            } catch (IOException ignored) {
                // nothing to release that matters
            }
        }
    }
}
