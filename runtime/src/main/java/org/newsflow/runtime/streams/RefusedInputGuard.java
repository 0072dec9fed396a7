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
 * processing-exception handler turns into a dead letter, so the stream goes on. Costs one volatile read per
 * record while nothing has been refused.
 */
public final class RefusedInputGuard implements ProcessorWrapper {

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

    private static void check(RefusedInputs refused, Optional<RecordMetadata> metadata) {
        if (metadata.isEmpty()) {
            return;
        }
        RecordMetadata input = metadata.get();
        String reason = input.topic() == null ? null
                : refused.reasonFor(input.topic(), input.partition(), input.offset());
        if (reason != null) {
            throw new RefusedOutputException(reason);
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
            check(refused, context.recordMetadata());
            inner.process(record);
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
            check(refused, context.recordMetadata());
            inner.process(record);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
