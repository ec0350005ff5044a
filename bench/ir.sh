#!/bin/sh
# bench/ir.sh CORPUS OUT [DIST] [KINDS]: the instructions (callgrind's Ir) each bench question
# costs on a fresh engine, asked as bench:minima asks them, counted only while each question is
# answered (bench/ir-pass.mjs), one dump a question. Instruction counts do not move with the
# machine's load, as times do, so two builds can be compared on a busy machine (20 to 30 minutes
# a run at 50,000 passages on a busy machine). Writes OUT/q.* and OUT/answers.txt (a hash of each answer), then
# prints per-kind sums and distributions (OUT/totals.txt: each question's Ir; only the dumps of the
# kinds in KEEP, default long, are kept for callgrind_annotate). Not exact run to run: when V8's
# compiler thread finishes and where a collection falls move between runs of the same code (two
# runs of one build: the sum 2.4% apart, a kind up to half) unless V8 runs on one thread. So node
# runs with IR_NODE_FLAGS, by default `--predictable --hash-seed=1` (V8's compilers and collector on
# the answering thread, a fixed hash seed): two runs of one build at 50,000 passages then agree
# within 0.03% (sums 3,233.3 and 3,232.4 M, every kind within 0.2%). The counts then hold V8's
# compiling and collecting too, done inside the question that needs it: the sum is about twice
# the 1,593 M counted with V8's threads of its own (uncounted), and a few questions cost 90 to
# 180 M where TurboFan compiles. IR_NODE_FLAGS= (empty) counts as before (other threads uncounted, not steady).
# `python3 bench/ir-sum.py OUT [BASE_OUT]` compares two runs.
set -e
corpus=$1; out=$2; dist=${3:-dist/src}; kinds=${4:-}
flags=${IR_NODE_FLAGS-"--predictable --hash-seed=1"}
mkdir -p "$out/sync"; rm -f "$out"/q "$out"/q.* "$out"/sync/* "$out/totals.txt"
fn='v8::internal::JsonParseInternalizer::Internalize*'
IR_SYNC="$out/sync" valgrind --tool=callgrind --collect-atstart=no --toggle-collect="$fn" \
  --callgrind-out-file="$out/q" --compress-strings=no \
  node --v8-pool-size=1 $flags "$(dirname "$0")/ir-pass.mjs" --dir "$corpus" --dist "$dist" ${kinds:+--kind "$kinds"} \
  > "$out/answers.txt" 2> "$out/valgrind.log" &
pid=$!
last=
n=0
while kill -0 $pid 2>/dev/null; do
  if [ -f "$out/sync/at" ]; then
    read -r at kind < "$out/sync/at" || true
    if [ -n "$at" ] && [ "$at" != "$last" ]; then
      callgrind_control -d "$at" $pid > /dev/null 2>&1
      n=$((n + 1))
      dump="$out/q.$n"
      head -20 "$dump" | grep -q "^desc: Trigger: dump $at\$" || echo "ir.sh: $dump is not $at" >&2
      grep -H "^summary:" "$dump" | sed "s/^/$at $kind /" >> "$out/totals.txt"
      # Only the kinds asked for in KEEP (default: long messages) keep their whole profile.
      case " ${KEEP:-long} " in *" $kind "*) ;; *) rm -f "$dump" ;; esac
      touch "$out/sync/go.$at"
      last=$at
    fi
  fi
  sleep 0.02
done
wait $pid
python3 "$(dirname "$0")/ir-sum.py" "$out"
