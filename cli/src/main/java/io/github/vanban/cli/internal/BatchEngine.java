package io.github.vanban.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Processes many documents in parallel and hands the results on in input order (xử lý hàng loạt).
 *
 * <p>At most {@code window} documents are in flight at once (read, checked, or finished and waiting for an
 * earlier one), so memory is bounded by the number of workers, not by the number of inputs: the inputs are
 * pulled lazily and each result is given to the sink, then dropped, as soon as every earlier one has been.
 * The sink always runs on the calling thread.
 *
 * @param <S> an input
 * @param <R> a result
 */
public final class BatchEngine<S, R> {

    private final int workers;
    private final int window;

    /**
     * @param workers the number of worker threads (1 runs everything on the calling thread)
     * @param window how many inputs may be in flight, at least {@code workers}
     */
    public BatchEngine(int workers, int window) {
        if (workers < 1 || window < workers) {
            throw new IllegalArgumentException("need workers >= 1 and window >= workers");
        }
        this.workers = workers;
        this.window = window;
    }

    /** @return an engine with one worker per available core and a window of twice that */
    public static <S, R> BatchEngine<S, R> onAllCores() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new BatchEngine<>(cores, 2 * cores);
    }

    /**
     * Runs the work on every input and gives the results to the sink in input order. The work must not
     * throw for bad input (it turns it into a result); an exception it does throw ends the run.
     *
     * @param inputs the inputs, pulled lazily from the calling thread
     * @param work what to do with one input, called on a worker thread
     * @param sink what to do with each result, called on the calling thread, in input order
     * @throws IllegalStateException wrapping the first exception of the work
     */
    public void run(Iterator<S> inputs, Function<S, R> work, Consumer<R> sink) {
        if (workers == 1) {
            while (inputs.hasNext()) {
                sink.accept(work.apply(inputs.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        Deque<Future<R>> inFlight = new ArrayDeque<>(window);
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && inputs.hasNext()) {
                    S input = inputs.next();
                    inFlight.addLast(pool.submit(() -> work.apply(input)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "vanban-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
