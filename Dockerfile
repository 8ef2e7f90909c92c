# syntax=docker/dockerfile:1
# Build: the whole reactor with the Maven wrapper on JDK 25; tests run in CI (.ci/run), not here.
# The BuildKit cache mount keeps ~/.m2 between builds.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp package -DskipTests \
    && cp api/target/api-*.jar /app.jar

# Run: JRE only, as an unprivileged user. Without SPRING_DATASOURCE_* the app uses H2 under /data.
FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin piquetickets \
    && mkdir -p /app /data && chown piquetickets /data
WORKDIR /app
COPY --from=build /app.jar app.jar
USER piquetickets
ENV PIQUE_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
