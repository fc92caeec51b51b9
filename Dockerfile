# Builds and runs the Camket portal; the index lives on a volume at /data/index and is built on first start.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY indexer/pom.xml indexer/
COPY webapp/pom.xml webapp/
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY indexer indexer
COPY webapp webapp
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:25-jre
# scanned PDF plans are read by Tesseract with its Vietnamese model
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/webapp/target/camket-webapp.jar /app/camket-webapp.jar
COPY --from=build /src/indexer/target/camket-indexer.jar /app/camket-indexer.jar
COPY corpus /app/corpus
# a JDK AOT cache recorded by one training start makes every start about twice as fast (bin/portal-aot)
COPY bin/portal-aot /app/portal-aot
RUN /app/portal-aot /app/camket-webapp.jar /app/portal --camket.corpus=/app/corpus --camket.index=/tmp/training-index \
    && rm -rf /tmp/training-index
VOLUME /data/index
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/portal/app.aot", "-jar", "/app/portal/app/camket-webapp.jar", "--camket.corpus=/app/corpus", "--camket.index=/data/index", "--server.port=8080"]
