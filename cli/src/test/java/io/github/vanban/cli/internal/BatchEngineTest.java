package io.github.vanban.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchEngineTest {

    @Test
    void resultsComeInInputOrderWhateverTheFinishingOrder() {
        List<Integer> seen = new ArrayList<>();
        new BatchEngine<Integer, Integer>(4, 8).run(IntStream.range(0, 500).boxed().iterator(), i -> {
            if (ThreadLocalRandom.current().nextInt(10) == 0) {
                Thread.onSpinWait();
                Thread.yield();
            }
            return i * 2;
        }, seen::add);
        assertThat(seen).isEqualTo(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
    }

    @Test
    void atMostTheWindowIsPulledAheadOfTheSink() {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 10_000;
            }

            @Override
            public Integer next() {
                int n = pulled.incrementAndGet();
                maxAhead.accumulateAndGet(n - delivered.get(), Math::max);
                return n;
            }
        };
        new BatchEngine<Integer, Integer>(3, 6).run(inputs, i -> i, i -> delivered.incrementAndGet());
        assertThat(delivered.get()).isEqualTo(10_000);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(6);
    }

    @Test
    void oneWorkerRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();
        new BatchEngine<Integer, Integer>(1, 1).run(List.of(1, 2).iterator(), i -> {
            threads.add(Thread.currentThread());
            return i;
        }, i -> { });
        assertThat(threads).containsExactly(caller, caller);
    }

    @Test
    void severalWorkersReallyRunInParallel() {
        java.util.Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
        new BatchEngine<Integer, Integer>(2, 4).run(IntStream.range(0, 50).boxed().iterator(), i -> {
            names.add(Thread.currentThread().getName());
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        }, i -> { });
        assertThat(names).hasSize(2).allMatch(n -> n.startsWith("vanban-worker-"));
    }

    @Test
    void anExceptionOfTheWorkEndsTheRun() {
        assertThatThrownBy(() -> new BatchEngine<Integer, Integer>(2, 4).run(List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) {
                throw new IllegalArgumentException("boom");
            }
            return i;
        }, i -> { })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowSmallerThanTheWorkersIsRefused() {
        assertThatThrownBy(() -> new BatchEngine<Integer, Integer>(4, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
