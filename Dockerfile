# One image per service: docker build --build-arg SERVICE=story-service .
# Build the jars first: mvn -B package -DskipTests
FROM eclipse-temurin:21-jre
ARG SERVICE
RUN useradd --system --uid 10001 prism
COPY ${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER prism
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
