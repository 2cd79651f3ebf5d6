package org.gongkai.search.control;

import java.time.Duration;
import java.util.function.Supplier;

/** Runs work in a transaction of its own: committed when it returns, rolled back when it throws. */
public interface TransactionRunner {

    <T> T inTransaction(Duration timeout, Supplier<T> work);

    /** For tests and tools without transactions: runs the work directly. */
    TransactionRunner DIRECT = new TransactionRunner() {
        @Override
        public <T> T inTransaction(Duration timeout, Supplier<T> work) {
            return work.get();
        }
    };
}
