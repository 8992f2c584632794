package vn.wardplan.task.planimport;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.problem.WardplanProblem;

/**
 * Lets a limited number of imports run at once, per ward and per service instance, and gives the reading of a document
 * a time limit. A document still being read when its time is up is answered 422 at once; its permit is held until the
 * reading really ends, so abandoned readings cannot pile up and the other wards' imports keep their share.
 */
@Component
class ImportGate implements DisposableBean {

    private final ImportLimits limits;
    private final Semaphore service;
    private final ConcurrentHashMap<String, Semaphore> wards = new ConcurrentHashMap<>();
    private final ExecutorService readers;

    ImportGate(ImportLimits limits) {
        this.limits = limits;
        this.service = new Semaphore(limits.perService());
        this.readers = Executors.newFixedThreadPool(limits.perService(), runnable -> {
            Thread thread = new Thread(runnable, "plan-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An import's right to run: released when both the request and its reading have ended. */
    final class Permit implements AutoCloseable {
        private final Semaphore ward;
        private final AtomicInteger holders = new AtomicInteger(1);

        private Permit(Semaphore ward) {
            this.ward = ward;
        }

        /** Reads within the time limit, on a reader thread. */
        <T> T read(Supplier<T> reading) {
            holders.incrementAndGet();
            Future<T> future = readers.submit(() -> {
                try {
                    return reading.get();
                } finally {
                    close();
                }
            });
            try {
                return future.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new DocumentTooLargeException("đọc văn bản mất hơn " + limits.timeLimit().toSeconds() + " giây");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (holders.decrementAndGet() == 0) {
                ward.release();
                service.release();
            }
        }
    }

    /** A permit for the ward's import, or 429 problem details when the ward's or the service's share is taken. */
    Permit enter(String ward) {
        Semaphore own = wards.computeIfAbsent(ward, w -> new Semaphore(limits.perWard()));
        if (!own.tryAcquire()) {
            throw new WardplanProblem(HttpStatus.TOO_MANY_REQUESTS, "plan.wardBusy");
        }
        if (!service.tryAcquire()) {
            own.release();
            throw new WardplanProblem(HttpStatus.TOO_MANY_REQUESTS, "plan.busy");
        }
        return new Permit(own);
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }
}
