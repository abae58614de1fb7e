#!/usr/bin/env bash
# Regenerates modules/routing/Dalad.Routing/Data/traditional-simplified.txt from OpenCC's t2s table (Debian: opencc).
# Character by character over U+4E00-U+9FFF; a character that is itself in GB 2312 (a valid simplified character,
# such as 乾 or 著) is never rewritten, and only simplified forms in the BMP are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v opencc >/dev/null || { echo "install opencc first: apt-get install -y opencc" >&2; exit 1; }
out=modules/routing/Dalad.Routing/Data/traditional-simplified.txt
tmp=$(mktemp -d)
python3 -c "print('\n'.join(chr(c) for c in range(0x4E00, 0xA000)))" > "$tmp/t.txt"
opencc -c t2s -i "$tmp/t.txt" -o "$tmp/s.txt"
python3 - "$tmp/t.txt" "$tmp/s.txt" "$out" "$(opencc --version 2>&1 | grep -o 'Version: .*')" <<'PY'
import sys
t = open(sys.argv[1], encoding='utf-8').read().split('\n')
s = open(sys.argv[2], encoding='utf-8').read().split('\n')
lines = []
for a, b in zip(t, s):
    if a == b or len(b) != 1 or ord(b) > 0xFFFF:
        continue
    try:
        a.encode('gb2312')
        continue
    except UnicodeEncodeError:
        pass
    lines.append(a + b)
header = ("# Traditional Chinese characters and their simplified forms, one pair per line (traditional, then simplified).\n"
          "# Generated from OpenCC 1.1.6's t2s conversion (Debian libopencc-data; Apache License 2.0, (c) 2010-2022 BYVoid),\n"
          "# character by character over U+4E00-U+9FFF, keeping only characters that are not themselves in GB 2312 (so a\n"
          "# character that is also a simplified one, such as 乾 or 著, is never rewritten) and whose simplified form is in the BMP.\n")
open(sys.argv[3], 'w', encoding='utf-8').write(header + '\n'.join(lines) + '\n')
print(f"{len(lines)} pairs written to {sys.argv[3]} ({sys.argv[4]})")
PY
rm -rf "$tmp"
