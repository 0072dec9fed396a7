package org.newsflow.runtime.streams;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Wraps every processor of an app's topology (Kafka Streams' {@code processor.wrapper.class}): an input listed in
 * {@link RefusedInputs} is not processed again but thrown as a {@link RefusedOutputException}, which the
 * processing-exception handler turns into a dead letter, so the stream goes on. While a processor runs, its input
 * is the thread's {@link #currentInput()}, so that {@link RefusedSendInterceptor} knows which input each send
 * came from. Costs one volatile read and two thread-local writes per processor and record.
 */
public final class RefusedInputGuard implements ProcessorWrapper {

    /** Where an input record was read: the coordinates by which a refused input is remembered. */
    public record Input(String topic, int partition, long offset) {
    }

    private static final ThreadLocal<RecordMetadata> CURRENT = new ThreadLocal<>();

    private RefusedInputs refused;

    @Override
    public void configure(Map<String, ?> configs) {
        refused = configs.get(RefusedInputs.CONFIG) instanceof RefusedInputs given ? given : new RefusedInputs();
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        RefusedInputs inputs = refused;
        return new WrappedProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                return new GuardedProcessor<>(supplier.get(), inputs);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        RefusedInputs inputs = refused;
        return new WrappedFixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                return new GuardedFixedKeyProcessor<>(supplier.get(), inputs);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    /** The input record whose processing runs on this thread now, or null (a punctuation, a commit's flush). */
    public static Input currentInput() {
        RecordMetadata metadata = CURRENT.get();
        return metadata == null || metadata.topic() == null ? null
                : new Input(metadata.topic(), metadata.partition(), metadata.offset());
    }

    /** Refuses a remembered input, else runs the processor with its input as the thread's current one. */
    static void guard(RefusedInputs refused, Optional<RecordMetadata> metadata, Runnable processor) {
        RecordMetadata input = metadata.orElse(null);
        if (input != null && input.topic() != null) {
            String reason = refused.reasonFor(input.topic(), input.partition(), input.offset());
            if (reason != null) {
                throw new RefusedOutputException(reason);
            }
        }
        RecordMetadata outer = CURRENT.get();
        CURRENT.set(input);
        try {
            processor.run();
        } finally {
            CURRENT.set(outer);
        }
    }

    private static final class GuardedProcessor<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {

        private final Processor<KIn, VIn, KOut, VOut> inner;
        private final RefusedInputs refused;
        private ProcessorContext<KOut, VOut> context;

        GuardedProcessor(Processor<KIn, VIn, KOut, VOut> inner, RefusedInputs refused) {
            this.inner = inner;
            this.refused = refused;
        }

        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            this.context = context;
            inner.init(context);
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            guard(refused, context.recordMetadata(), () -> inner.process(record));
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static final class GuardedFixedKeyProcessor<KIn, VIn, VOut> implements FixedKeyProcessor<KIn, VIn, VOut> {

        private final FixedKeyProcessor<KIn, VIn, VOut> inner;
        private final RefusedInputs refused;
        private FixedKeyProcessorContext<KIn, VOut> context;

        GuardedFixedKeyProcessor(FixedKeyProcessor<KIn, VIn, VOut> inner, RefusedInputs refused) {
            this.inner = inner;
            this.refused = refused;
        }

        @Override
        public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            this.context = context;
            inner.init(context);
        }

        @Override
        public void process(FixedKeyRecord<KIn, VIn> record) {
            guard(refused, context.recordMetadata(), () -> inner.process(record));
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
