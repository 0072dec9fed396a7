package org.newsflow.local.pipeline;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;

/** The pipeline contract on the embedded KRaft broker and the embedded registry. */
@ExtendWith(EmbeddedStackExtension.class)
class EmbeddedPipelineTest extends PipelineContract {

    private final EmbeddedStack stack;

    EmbeddedPipelineTest(EmbeddedStack stack) {
        this.stack = stack;
    }

    @Override
    protected Map<String, String> backend() {
        return Map.of(ConfigKeys.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
                ConfigKeys.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
    }
}
