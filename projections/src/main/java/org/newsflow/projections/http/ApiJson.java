package org.newsflow.projections.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON of the HTTP API: what it writes, and what it reads back from peer instances. */
final class ApiJson {

    /** Unknown fields are ignored so that an instance of a newer version can answer an older one. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ApiJson() {
    }
}
