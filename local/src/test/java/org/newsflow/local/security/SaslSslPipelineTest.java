package org.newsflow.local.security;

import java.nio.file.Path;
import java.util.UUID;
import org.newsflow.local.kafka.BrokerSecurity;

/** The secured pipeline over SASL_SSL, with a broker certificate made for the test. */
class SaslSslPipelineTest extends SecuredPipelineContract {

    @Override
    protected BrokerSecurity.Tls tls(Path dir) throws Exception {
        return TestCertificates.generate(dir, UUID.randomUUID().toString());
    }
}
