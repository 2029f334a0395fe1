package golc.rt;

/**
 * Where a golc program starts: the generated {@code main(String[])} calls {@link #run} with a Runnable that
 * initialises the packages and calls {@code main.main}. Exit status and output follow Go: 0 when main
 * returns, 2 after printing an unrecovered panic or a fatal error.
 */
public final class Entry {
    private Entry() {
    }

    private static volatile String[] args = new String[] {"golc"};

    /**
     * Stack size of the thread that runs the program. Go lets a goroutine's stack grow to 1 GB, so deep
     * recursion that works in Go must not hit the JVM's default of about 1 MB; 64 MB holds a million simple
     * frames, while a runaway recursion still ends (as Go's "stack overflow") within a few seconds, which
     * it would not with a 1 GB stack. The system property {@code golc.stack} (bytes) overrides it.
     */
    static final long MAIN_STACK_BYTES = Long.getLong("golc.stack", 64L << 20);

    /**
     * The program's arguments as Go's os.Args sees them (program name first), as Go strings. Set once by
     * {@link #run}.
     */
    public static String[] args() {
        return args.clone();
    }

    public static void run(String[] javaArgs, Runnable program) {
        String[] a = new String[javaArgs.length + 1];
        a[0] = Strings.fromJava(programName());
        for (int i = 0; i < javaArgs.length; i++) {
            a[i + 1] = Strings.fromJava(javaArgs[i]);
        }
        args = a;
        MainThread main = new MainThread(program);
        main.start();
        boolean interrupted = false;
        while (true) {
            try {
                main.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Stdio.exit(main.code);
    }

    /** The thread that runs the program with Go's stack size (a class, not a lambda: start-up is short). */
    private static final class MainThread extends Thread {
        private final Runnable program;
        int code = 1;

        MainThread(Runnable program) {
            super(null, null, "main", MAIN_STACK_BYTES);
            this.program = program;
        }

        @Override
        public void run() {
            code = runGuarded(program);
        }
    }

    /** runMain, with anything that is not a Go failure (a golc bug) shown as a Java stack trace, status 1. */
    private static int runGuarded(Runnable program) {
        try {
            return runMain(program);
        } catch (RuntimeException | Error e) {
            Stdio.flush();
            e.printStackTrace();
            return 1;
        }
    }

    /** Runs the program and returns the exit status; prints what Go prints on a panic or fatal error. */
    static int runMain(Runnable program) {
        long goid = G.current().id;
        try {
            program.run();
            return 0;
        } catch (StackOverflowError e) {
            Stdio.write(2, PanicPrinter.stackOverflowReport(e, goid));
            return 2;
        } catch (OutOfMemoryError e) {
            Stdio.write(2, "fatal error: runtime: out of memory\n");
            return 2;
        } catch (RuntimeException e) {
            GoPanic p = PanicPrinter.toGoPanic(e);
            if (p == null) {
                throw e; // a bug in golc itself: let the JVM show it
            }
            Stdio.write(2, PanicPrinter.report(p, goid));
            return 2;
        }
    }

    private static String programName() {
        String cmd = System.getProperty("sun.java.command", "");
        String first = cmd.isEmpty() ? "golc" : cmd.split(" ")[0];
        if (first.endsWith(".jar")) {
            int slash = first.lastIndexOf('/');
            String base = first.substring(slash + 1);
            return base.substring(0, base.length() - 4);
        }
        return first;
    }
}
