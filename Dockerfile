# claudit as a container image: built from this checkout with Maven, run on a small JRE as a non-root user.
#   docker build -t claudit .
#   docker run --rm -v "$PWD:/src" claudit scan /src
# Releases push it to ghcr.io (.github/workflows/release.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# the dependencies first, as their own layer: a source change then does not download them again
COPY pom.xml .
COPY claudit-core/pom.xml claudit-core/
COPY claudit-cli/pom.xml claudit-cli/
# the reactor lists every module; only the command line and the engine are built
COPY claudit-maven-plugin/pom.xml claudit-maven-plugin/
RUN mvn -B -q -pl claudit-cli -am dependency:go-offline
COPY claudit-core/src/main claudit-core/src/main
COPY claudit-cli/src/main claudit-cli/src/main
COPY rules rules
# the tests ran in CI and in the release workflow before this image is built; the shaded jar lands in target/
RUN mvn -B -q -DskipTests -pl claudit-cli -am package

FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S claudit && adduser -S -G claudit -H -h /src claudit
COPY --from=build /build/target/claudit.jar /claudit.jar
COPY LICENSE /LICENSE
USER claudit
WORKDIR /src
# the ./claudit launcher's JVM flags (see there): C1 only, the serial collector, javaparser's huge lexer method compiled
ENTRYPOINT ["java","-XX:+UseSerialGC","-XX:TieredStopAtLevel=1","-XX:-DontCompileHugeMethods","-Xss8m","-Xmn64m","-XX:-UsePerfData","-jar","/claudit.jar"]
CMD ["--help"]
