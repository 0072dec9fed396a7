package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;

class ProjectionSettingsTest {

    @Test
    void retentionComesFromTheLayeredConfiguration() {
        assertThat(ProjectionSettings.from(NewsflowConfig.defaults()).timelineRetention())
                .isEqualTo(Duration.ofDays(365));
        NewsflowConfig env = NewsflowConfig.load(null,
                Map.of("NEWSFLOW_PROJECTIONS_TIMELINE_RETENTION_DAYS", "30"), Map.of());
        assertThat(ProjectionSettings.from(env).timelineRetention()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> ProjectionSettings.from(
                NewsflowConfig.defaults().with(ConfigKeys.PROJECTIONS_TIMELINE_RETENTION_DAYS, "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    }
}
