# One image for every Newsflow service; the subcommand (ingest, enrich, projections) is the container's command.
# It ships the service jar: the services and tools without the embedded broker and registry of newsflow.jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl cli -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/newsflow newsflow && mkdir -p /var/lib/newsflow/state \
    && chown -R newsflow /var/lib/newsflow
COPY --from=build /src/cli/target/newsflow-service.jar /opt/newsflow/newsflow-service.jar
USER newsflow
WORKDIR /var/lib/newsflow
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "/opt/newsflow/newsflow-service.jar"]
CMD ["--help"]
