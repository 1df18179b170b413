#!/usr/bin/env bash
# JMH micro-benchmarks of the prefilter (bench/jmh): builds claudit and the benchmarks, then runs them.
#   bench/jmh.sh [JMH options]   e.g. bench/jmh.sh -f 1 -wi 2 -i 3
# Sources: ~24 MB of the JDK's .java files unpacked by bench/run.sh (or -Jvm args -Dclaudit.bench.sources=DIR), else generated text.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
"$repo/claudit" --version >/dev/null
mvn -B -q -f "$bench/jmh/pom.xml" package 1>&2
cache="${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claudit-bench}"
sources="$(ls -d "$cache"/jdk-src-*/java.base 2>/dev/null | head -n1 || true)"
exec java -cp "$bench/jmh/target/benchmarks.jar:$repo/target/claudit.jar" org.openjdk.jmh.Main \
  -jvmArgsAppend "-XX:TieredStopAtLevel=1 -Dclaudit.bench.sources=${sources:-none}" "$@" PrefilterBenchmark
