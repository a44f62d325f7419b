#!/usr/bin/env bash
# Measures generate and verify at several sizes against a bare CsvHelper write of the same rows and
# bytes (the floor). Usage: scripts/benchmark.sh [N ...]   (default: 25 10000 100000; 1000000 needs
# about 9 GB of free disk and some ten minutes). Prints one table row per size: wall time, MB/s,
# rows/s and peak RSS of generate and of verify, the floor's time and generate's ratio to it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25 10000 100000)

dotnet build -c Release src/PolarisSampleData.Cli >/dev/null
dotnet build -c Release tests/PolarisSampleData.Benchmarks >/dev/null
cli=src/PolarisSampleData.Cli/bin/Release/net10.0/polaris-gen
floor=tests/PolarisSampleData.Benchmarks/bin/Release/net10.0/PolarisSampleData.Benchmarks
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # prints "seconds peakKB" for the command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  cat "$work/time"
}

printf '%-9s %10s %9s | %-8s %8s %7s %9s %8s | %-8s %8s %7s %9s %8s | %8s %6s\n' \
  patrons rows MB generate seconds MB/s rows/s peakRSS verify seconds MB/s rows/s peakRSS floor ratio
for n in "${sizes[@]}"; do
  out="$work/set-$n"
  read -r gen_s gen_kb < <(measure "$cli" generate --patrons "$n" --today 2025-11-24 --out "$out" --quiet)
  rows=$(python3 -c "import json,sys; m=json.load(open('$out/manifest.json')); print(sum(f['rows'] for f in m['files']))")
  bytes=$(python3 -c "import json,sys; m=json.load(open('$out/manifest.json')); print(sum(f['bytes'] for f in m['files']))")
  read -r ver_s ver_kb < <(measure "$cli" verify "$out")
  read -r floor_s _ < <("$floor" floor "$rows" "$bytes" "$work")
  python3 - "$n" "$rows" "$bytes" "$gen_s" "$gen_kb" "$ver_s" "$ver_kb" "$floor_s" <<'PY'
import sys
n, rows, size, gen_s, gen_kb, ver_s, ver_kb, floor_s = sys.argv[1:]
rows, size, gen_s, ver_s, floor_s = int(rows), int(size), float(gen_s), float(ver_s), float(floor_s)
mb = size / 1e6
print(f"{int(n):<9} {rows:>10} {mb:>9.1f} | generate {gen_s:>8.2f} {mb/gen_s:>7.1f} {rows/gen_s:>9.0f} {int(gen_kb)/1024:>6.0f}MB"
      f" | verify   {ver_s:>8.2f} {mb/ver_s:>7.1f} {rows/ver_s:>9.0f} {int(ver_kb)/1024:>6.0f}MB | {floor_s:>7.2f}s {gen_s/max(floor_s,0.01):>5.1f}x")
PY
  rm -rf "$out"
done
