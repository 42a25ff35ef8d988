#!/bin/sh
# Builds the benchmark set of docs/PERFORMANCE.md: copies the news texts of 2,500 to 3,500
# characters from SRC_DIR into OUT_DIR. Run on PolNeAR's dev texts (in the evaluation data
# folder, by default ../shared/eval beside the repository) it gives 17 articles (3,027
# characters on average), the set the published figures were measured on:
#
#   scripts/bench-articles.sh ../shared/eval/polnear/dev/text /tmp/bench3k
#
# Usage: scripts/bench-articles.sh SRC_DIR OUT_DIR [MIN_CHARS MAX_CHARS]
# Characters are Unicode code points of the UTF-8 text, counted the same way under any locale.
# Reads SRC_DIR only; creates OUT_DIR if needed and refuses one that already holds .txt files.
set -eu

if [ $# -ne 2 ] && [ $# -ne 4 ]; then
  echo "usage: $0 SRC_DIR OUT_DIR [MIN_CHARS MAX_CHARS]" >&2
  exit 2
fi
src=$1
out=$2
min=${3:-2500}
max=${4:-3500}

if [ ! -d "$src" ]; then
  echo "$0: no such folder: $src" >&2
  exit 1
fi
case "$min,$max" in
  ,* | *, | *[!0-9,]*)
    echo "$0: MIN_CHARS and MAX_CHARS must be whole numbers: $min $max" >&2
    exit 2
    ;;
esac
mkdir -p "$out"
for existing in "$out"/*.txt; do
  if [ -e "$existing" ]; then
    echo "$0: $out already holds .txt files; give an empty or new folder" >&2
    exit 1
  fi
done

copied=0
for f in "$src"/*.txt; do
  [ -f "$f" ] || continue
  # Drop UTF-8 continuation bytes: what is left is one byte per character.
  chars=$(LC_ALL=C tr -d '\200-\277' < "$f" | wc -c | tr -d ' ')
  if [ "$chars" -ge "$min" ] && [ "$chars" -le "$max" ]; then
    cp "$f" "$out"/
    copied=$((copied + 1))
  fi
done
echo "$copied articles of $min-$max characters copied to $out"
