#!/usr/bin/env python3
"""bench/ir-sum.py OUT [BASE]: sums bench/ir.sh's dumps by question kind (Ir, millions), the
distribution over questions, and with BASE (an earlier OUT) each kind before -> after, the median
of each question's own change (`med`: a change of code moves where V8 compiles and collects, which
under --predictable lands whole on one question, so a few questions jump either way while the
median stays), and whether every answer is the same."""
import glob, os, re, sys

def load(out):
    kinds = [l.split('\t')[1] for l in open(os.path.join(out, 'answers.txt')).read().splitlines()]
    answers = open(os.path.join(out, 'answers.txt')).read().splitlines()
    by = {}
    for line in open(os.path.join(out, 'totals.txt')):
        m = re.match(r'q(\d+) \S+ .*summary: (\d+)', line)
        if m: by[int(m.group(1))] = int(m.group(2))
    ir = [by.get(i) for i in range(len(kinds))]
    if None in ir:
        sys.exit(f'{out}: {len(ir)} dumps for {len(kinds)} questions')
    return kinds, ir, answers

def pct(xs, p):
    s = sorted(xs); return s[min(len(s) - 1, int(p * len(s)))]

kinds, ir, answers = load(sys.argv[1])
base = load(sys.argv[2]) if len(sys.argv) > 2 else None
order = list(dict.fromkeys(kinds))
def row(name, idx, b=None):
    xs = [ir[i] for i in idx]
    line = f'{name:12} {len(xs):4}  sum {sum(xs)/1e6:9.1f}M  p50 {pct(xs,.5)/1e6:6.2f}M  p99 {pct(xs,.99)/1e6:6.2f}M  max {max(xs)/1e6:6.2f}M'
    if b:
        ys = [b[1][i] for i in idx]
        line += f'   | before sum {sum(ys)/1e6:9.1f}M p50 {pct(ys,.5)/1e6:6.2f}M p99 {pct(ys,.99)/1e6:6.2f}M  ({100*(sum(xs)-sum(ys))/sum(ys):+.1f}%'
        line += f', med {100*pct([(x-y)/y for x, y in zip(xs, ys)], .5):+.2f}%)'
    print(line)
row('all', range(len(ir)), base)
for k in order:
    row(k, [i for i, x in enumerate(kinds) if x == k], base)
top = sorted(range(len(ir)), key=lambda i: -ir[i])[:12]
print('slowest:', ', '.join(f'{i}:{kinds[i]} {ir[i]/1e6:.1f}M' + (f' (was {base[1][i]/1e6:.1f}M)' if base else '') for i in top))
if base:
    diff = [i for i in range(len(ir)) if answers[i] != base[2][i]]
    print(f'answers differing from base: {len(diff)}', diff[:20])
