# One image per service, named as deploy/kubernetes expects it:
#   docker build --build-arg SERVICE=story-service -t prism/story-service:0.1.0 .
# Build the jars first: mvn -B package -DskipTests. Health for probes: /health/liveness and /health/readiness.
FROM eclipse-temurin:21-jre
ARG SERVICE
RUN useradd --system --uid 10001 prism
COPY ${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER prism
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
