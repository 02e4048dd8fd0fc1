#!/usr/bin/env bash
# Compile-time benchmark of the nestql annotation processor.
#
# Generates 40 @Table and 200 @Projection records (generate.py), then REPS times runs javac four
# ways: (a) with -proc:none, the baseline; (b) with the nestql processor on the processor path,
# compiling the 200 generated query classes too; (c) with -proc:only, the processor alone, which
# writes the generated sources without compiling anything; (d) the 200 generated sources alone,
# with -proc:none, against the classes of (a). Reports wall time and peak RSS of each javac
# process (/usr/bin/time -f '%e %M') as median, min and max.
#
# Usage: benchmarks/compile-time/run.sh [REPS]      (default 5; or REPS=... in the environment)
#   WARMUP=1   untimed warm-up rounds before the timed ones (page cache, CDS archive)
#   KEEP=1     keep the temporary directory (sources, generated code, logs)
#   M2=...     the local Maven repository (default ~/.m2/repository)
set -euo pipefail

REPS="${1:-${REPS:-5}}"
WARMUP="${WARMUP:-1}"
M2="${M2:-$HOME/.m2/repository}"
EXPECTED=200
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! [[ "$REPS" =~ ^[1-9][0-9]*$ ]]; then echo "REPS must be a positive integer, got '$REPS'" >&2; exit 2; fi

PROCESSOR="$M2/dev/nestql/nestql-processor/0.1.0-SNAPSHOT/nestql-processor-0.1.0-SNAPSHOT.jar"
RUNTIME="$M2/dev/nestql/nestql-runtime/0.1.0-SNAPSHOT/nestql-runtime-0.1.0-SNAPSHOT.jar"
JAVAPOET="$M2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar"
JACKSON="$M2/com/fasterxml/jackson/core/jackson-core/2.21.2/jackson-core-2.21.2.jar"
SCHEMA="$M2/dev/nestql/nestql-schema/0.1.0-SNAPSHOT/nestql-schema-0.1.0-SNAPSHOT.jar"

missing=0
for jar in "$PROCESSOR" "$RUNTIME" "$SCHEMA" "$JAVAPOET" "$JACKSON"; do
    if [[ ! -f "$jar" ]]; then echo "missing jar: $jar (build/install it with Maven first)" >&2; missing=1; fi
done
[[ $missing -eq 0 ]] || exit 2

# The class path of the generated code: the runtime (annotations, ProjectionQuery) and jackson-core.
CLASSPATH_JARS="$RUNTIME:$JACKSON"
# The processor's run-time dependencies (processor/pom.xml: nestql-runtime, nestql-schema, javapoet;
# auto-service is provided, so not needed) plus the runtime's own dependency, as Maven would resolve
# them. nestql-schema's PostgreSQL driver is needed only for the opt-in compile-time schema check.
PROCESSORPATH_JARS="$PROCESSOR:$RUNTIME:$SCHEMA:$JAVAPOET:$JACKSON"

if [[ -x /usr/bin/time ]]; then
    HAVE_TIME=1
else
    HAVE_TIME=0
    echo "note: /usr/bin/time not found: falling back to bash 'time', no peak-memory figures" >&2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/nestql-compile-bench.XXXXXX")"
if [[ "${KEEP:-0}" == "1" ]]; then
    echo "keeping $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi

python3 "$HERE/generate.py" "$WORK/src" >/dev/null
find "$WORK/src" -name '*.java' | sort > "$WORK/sources.txt"
NSOURCES=$(wc -l < "$WORK/sources.txt")

# run_javac MODE RUN_ID: one javac process; appends "MODE seconds peakKB" to results.txt.
run_javac() {
    local mode="$1" id="$2" dir="$WORK/run-$2-$1"
    rm -rf "$dir"
    mkdir -p "$dir/classes" "$dir/generated"
    local args=(-d "$dir/classes" -s "$dir/generated" -cp "$CLASSPATH_JARS")
    local sources="@$WORK/sources.txt"
    case "$mode" in
        baseline) args+=(-proc:none) ;;
        processor) args+=(-processorpath "$PROCESSORPATH_JARS") ;;
        proconly) args+=(-proc:only -processorpath "$PROCESSORPATH_JARS") ;;
        generated)
            # The generated sources of this round's proc-only run, against its baseline's classes.
            find "$WORK/keep-generated" -name '*.java' | sort > "$WORK/generated-sources.txt"
            args=(-d "$dir/classes" -proc:none -cp "$WORK/keep-classes:$CLASSPATH_JARS")
            sources="@$WORK/generated-sources.txt" ;;
    esac
    local rc=0 secs kb
    if [[ $HAVE_TIME -eq 1 ]]; then
        /usr/bin/time -f '%e %M' -o "$dir/time.txt" javac "${args[@]}" "$sources" \
            > "$dir/javac.log" 2>&1 || rc=$?
        read -r secs kb < "$dir/time.txt" || true
    else
        local TIMEFORMAT=%R
        { time javac "${args[@]}" "$sources" > "$dir/javac.log" 2>&1 || rc=$?; } 2> "$dir/time.txt"
        secs=$(tail -n 1 "$dir/time.txt"); kb=NA
    fi
    if [[ $rc -ne 0 ]] || grep -qE '(^|: )error:|^[0-9]+ errors?$' "$dir/javac.log"; then
        echo "javac ($mode, run $id) failed with exit code $rc:" >&2
        cat "$dir/javac.log" >&2
        exit 1
    fi
    if [[ -s "$dir/javac.log" ]]; then
        echo "javac ($mode, run $id) printed (no error):" >&2
        head -n 20 "$dir/javac.log" >&2
    fi
    local gen queries
    gen=$(find "$dir/generated" -name '*.java' | wc -l)
    queries=$(find "$dir/classes" -name '*Query.class' | wc -l)
    case "$mode" in
        processor)
            if [[ $gen -ne $EXPECTED || $queries -ne $EXPECTED ]]; then
                echo "expected $EXPECTED generated query sources and classes, got $gen sources and $queries classes (run $id)" >&2
                exit 1
            fi
            GENERATED=$gen ;;
        proconly)
            if [[ $gen -ne $EXPECTED || $queries -ne 0 ]]; then
                echo "-proc:only: expected $EXPECTED generated sources and no classes, got $gen and $queries (run $id)" >&2
                exit 1
            fi
            rm -rf "$WORK/keep-generated"; cp -r "$dir/generated" "$WORK/keep-generated" ;;
        generated)
            if [[ $queries -ne $EXPECTED ]]; then
                echo "expected $EXPECTED compiled query classes from the generated sources, got $queries (run $id)" >&2
                exit 1
            fi ;;
        baseline)
            if [[ $gen -ne 0 ]]; then
                echo "the baseline generated $gen files: -proc:none was not honoured" >&2
                exit 1
            fi
            rm -rf "$WORK/keep-classes"; cp -r "$dir/classes" "$WORK/keep-classes" ;;
    esac
    [[ "$id" == warmup* ]] || echo "$mode $secs $kb" >> "$WORK/results.txt"
    rm -rf "$dir"
}

echo "nestql compile-time benchmark: $NSOURCES sources (40 tables, $EXPECTED projections), $REPS runs (+$WARMUP warm-up)"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
START=$SECONDS
: > "$WORK/results.txt"
for ((i = 1; i <= WARMUP; i++)); do
    run_javac baseline "warmup$i"; run_javac processor "warmup$i"
    run_javac proconly "warmup$i"; run_javac generated "warmup$i"
done
for ((i = 1; i <= REPS; i++)); do
    # Alternate the order so that neither full variant always runs right after the other; the
    # generated sources compile after the baseline and the proc-only run they need.
    if (( i % 2 )); then
        run_javac baseline "$i"; run_javac processor "$i"
    else
        run_javac processor "$i"; run_javac baseline "$i"
    fi
    run_javac proconly "$i"; run_javac generated "$i"
    echo "  run $i/$REPS done"
done
echo "generated query classes: $GENERATED (expected $EXPECTED)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); benchmark took $((SECONDS - START)) s"
echo

python3 - "$WORK/results.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def series(mode, col):
    vals = [r[col] for r in rows if r[0] == mode]
    return None if "NA" in vals else [float(v) for v in vals]
def mb(kb): return kb / 1024.0
stats = {}
print("%-22s %8s %8s %8s %14s %14s" % ("javac", "median s", "min s", "max s", "med. peak MB", "max peak MB"))
for mode, label in (("baseline", "-proc:none (baseline)"), ("processor", "nestql processor"),
                    ("proconly", "-proc:only"), ("generated", "generated code only")):
    t, m = series(mode, 1), series(mode, 2)
    stats[mode] = (t, m)
    mem = ("%14.0f %14.0f" % (mb(statistics.median(m)), mb(max(m)))) if m else "%14s %14s" % ("n/a", "n/a")
    print("%-22s %8.2f %8.2f %8.2f %s" % (label, statistics.median(t), min(t), max(t), mem))
(tb, mb_), (tp, mp) = stats["baseline"], stats["processor"]
diffs = [p - b for p, b in zip(tp, tb)]  # per run: the two compilations of one round
print()
print("processor adds: %.2f s median (%.2f s difference of medians, %+.0f%%); per-round range %.2f .. %.2f s"
      % (statistics.median(diffs), statistics.median(tp) - statistics.median(tb),
         100.0 * (statistics.median(tp) / statistics.median(tb) - 1), min(diffs), max(diffs)))
tpo, tg = stats["proconly"][0], stats["generated"][0]
print("the parts: -proc:only (parse, then run the processor) %.2f s median; the generated classes compiled alone %.2f s median"
      % (statistics.median(tpo), statistics.median(tg)))
if mb_ and mp:
    print("processor adds peak RSS: %.0f MB (median %.0f -> %.0f MB)"
          % (mb(statistics.median(mp) - statistics.median(mb_)), mb(statistics.median(mb_)), mb(statistics.median(mp))))
else:
    print("processor adds peak RSS: n/a (no /usr/bin/time)")
PY
