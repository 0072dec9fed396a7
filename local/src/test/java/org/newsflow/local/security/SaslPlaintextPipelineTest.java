package org.newsflow.local.security;

import java.nio.file.Path;
import org.newsflow.local.kafka.BrokerSecurity;

/** The secured pipeline over SASL_PLAINTEXT. */
class SaslPlaintextPipelineTest extends SecuredPipelineContract {

    @Override
    protected BrokerSecurity.Tls tls(Path dir) {
        return null;
    }
}
