package org.newsflow.projections.model;

import java.util.List;
import java.util.Map;

/** The pipeline at a glance: each app's group state and lag, and dead letters counted by stage. */
public record PipelineStatus(List<AppStatus> apps, long deadLetters, Map<String, Long> deadLettersByStage) {
}
