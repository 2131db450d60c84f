package news.portal.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One bake's guard against the JVM shutting down under it (TERM, INT, or the forking parent gone). The
 * swap of the finished folder and the start of a shutdown exclude each other: once a shutdown has begun no
 * swap happens, and a swap under way finishes first. The hook then removes the temporary folder, within a
 * time budget, because a killed CI job must stop within seconds; render threads may still be writing, so
 * what is left is removed by the next bake's {@link OutputGuard#sweep}.
 */
final class Shutdown implements AutoCloseable {

    /** How long the hook spends removing the temporary folder: the whole bake must stop within 2 s. */
    static final Duration CLEAN_UP = Duration.ofMillis(1200);

    /** Work that may throw an {@link IOException} and return a value. */
    interface Swap<T> {
        T run() throws IOException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Path temporary;
    private final Thread hook;
    private boolean stopping;

    private Shutdown(Path temporary) {
        this.temporary = temporary;
        this.hook = new Thread(this::stop, "bake-shutdown");
    }

    /** Starts guarding the bake that writes into {@code temporary}. */
    static Shutdown watch(Path temporary) {
        Shutdown shutdown = new Shutdown(temporary);
        try {
            Runtime.getRuntime().addShutdownHook(shutdown.hook);
        } catch (IllegalStateException e) {
            shutdown.stopping = true; // the JVM is already on its way out: never swap
        }
        return shutdown;
    }

    /**
     * Runs {@code swap} unless the JVM is shutting down.
     *
     * @throws IOException when the swap fails, or when a shutdown has begun (then nothing was swapped)
     */
    <T> T unlessStopping(Swap<T> swap) throws IOException {
        lock.lock();
        try {
            if (stopping) {
                throw new IOException("生成被中止（进程收到退出信号），原有输出未改动");
            }
            return swap.run();
        } finally {
            lock.unlock();
        }
    }

    private void stop() {
        lock.lock();
        try {
            stopping = true;
        } finally {
            lock.unlock();
        }
        long deadline = System.nanoTime() + CLEAN_UP.toNanos();
        while (!Folders.deleteBefore(temporary, deadline) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20); // a render thread wrote into a folder while it was being removed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The bake is over: no hook is needed any more. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs, and finds nothing left to do if the bake finished
        }
    }
}
