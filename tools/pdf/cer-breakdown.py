#!/usr/bin/env python3
"""Where the character errors of texts made from PDFs come from, by kind.

Usage: tools/pdf/cer-breakdown.py OUT/texts SET_DIR   (OUT from `camket-indexer eval-pdf --out OUT`)

Each made text NAME.txt is set against SET_DIR/NAME.clean.txt (NFC, white space collapsed, as
eval-pdf's CER). Words are aligned first (difflib); stretches that align word for word are compared
character by character and each edit is classed: case, diacritic (tone, vowel shape or đ, both),
another letter, digit, punctuation, space, cell border. Stretches that do not align are counted
whole: words found elsewhere in the text are "moved" (table cells or rows out of order), the rest
"missing" (not read) or "extra" (read but not printed). The sum estimates the strict CER (a moved
word is counted once, where an edit distance pays for it up to twice, as deleted and inserted).
"""
import sys, os, re, unicodedata, difflib, collections

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

TONES = {'\u0300','\u0301','\u0303','\u0309','\u0323'}
def decomp(c):
    d = unicodedata.normalize('NFD', c)
    base = d[0]; marks = d[1:]
    tone = ''.join(m for m in marks if m in TONES)
    shape = ''.join(m for m in marks if m not in TONES)
    if base in 'đĐ': base, shape = ('d' if base == 'đ' else 'D'), shape + 'stroke'
    return base, shape, tone

def kind(c):
    if c == ' ': return 'space'
    if c == '|': return 'pipe'
    if c.isdigit(): return 'digit'
    if c.isalpha(): return 'letter'
    return 'punct'

def lev_ops(a, b):
    n, m = len(a), len(b)
    prev = list(range(m + 1)); rows = [prev]
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        ca = a[i - 1]
        for j in range(1, m + 1):
            cur[j] = min(prev[j - 1] + (ca != b[j - 1]), prev[j] + 1, cur[j - 1] + 1)
        rows.append(cur); prev = cur
    i, j, ops = n, m, []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and rows[i][j] == rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]: ops.append(('sub', a[i - 1], b[j - 1]))
            i -= 1; j -= 1
        elif i > 0 and rows[i][j] == rows[i - 1][j] + 1:
            ops.append(('extra', a[i - 1], None)); i -= 1
        else:
            ops.append(('missing', None, b[j - 1])); j -= 1
    return ops

def classify_sub(x, y, c):
    bx, sx, tx = decomp(x); by, sy, ty = decomp(y)
    if x.lower() == y.lower(): c['case'] += 1; return
    if bx.lower() == by.lower() and bx.isalpha():
        if sx != sy and tx != ty: c['diacritic: shape+tone'] += 1
        elif sx != sy: c['diacritic: vowel shape/đ'] += 1
        else: c['diacritic: tone'] += 1
        return
    kx, ky = kind(x), kind(y)
    if kx == ky == 'letter': c['letter→other letter'] += 1
    elif 'digit' in (kx, ky) and kx in ('digit', 'letter') and ky in ('digit', 'letter'): c['digit↔letter/digit'] += 1
    elif 'pipe' in (kx, ky): c['pipe (cell border)'] += 1
    elif 'space' in (kx, ky): c['space↔char'] += 1
    else: c['punctuation'] += 1

def breakdown(made, clean):
    a, b = norm(made).split(' '), norm(clean).split(' ')
    c = collections.Counter()
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    dels, ins = collections.Counter(), collections.Counter()
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == 'equal': continue
        sa, sb = ' '.join(a[i1:i2]), ' '.join(b[j1:j2])
        if op == 'replace' and len(sa) * len(sb) <= 400_000 and (i2 - i1) <= 3 * (j2 - j1) + 3 and (j2 - j1) <= 3 * (i2 - i1) + 3:
            for o, x, y in lev_ops(sa, sb):
                if o == 'sub': classify_sub(x, y, c)
                elif o == 'extra': c['extra ' + kind(x)] += 1
                else: c['missing ' + kind(y)] += 1
        else:
            # whole stretches out of place or lost: words of the clean text missing here, words read extra here
            for w in a[i1:i2]: ins[w] += 1
            for w in b[j1:j2]: dels[w] += 1
            c['_block_extra'] += len(sa) + (1 if sa else 0)
            c['_block_missing'] += len(sb) + (1 if sb else 0)
    moved = sum(min(ins[w], dels[w]) * (len(w) + 1) for w in ins)
    c['block: text moved (same words elsewhere: table cell/row order)'] = moved
    c['block: extra text (not in clean)'] = max(0, c['_block_extra'] - moved)
    c['block: missing text (not read)'] = max(0, c['_block_missing'] - moved)
    del c['_block_extra'], c['_block_missing']
    return c, len(norm(clean))

def main():
    made_dir, clean_dir = sys.argv[1], sys.argv[2]
    names = sorted(f[:-4] for f in os.listdir(made_dir) if f.endswith('.txt'))
    total, length = collections.Counter(), 0
    for n in names:
        made = open(os.path.join(made_dir, n + '.txt'), encoding='utf-8').read()
        clean = open(os.path.join(clean_dir, n + '.clean.txt'), encoding='utf-8').read()
        c, L = breakdown(made, clean)
        total += c; length += L
        top = ', '.join(f'{k} {v / L:.2%}' for k, v in c.most_common(5))
        print(f'{n:28s} ~{sum(c.values()) / L:.2%}  {top}')
    print(f'\noverall ~{sum(total.values()) / length:.2%} of {length} clean characters (edits counted along a word alignment, a moved word once: an estimate of the strict CER)')
    for k, v in total.most_common():
        print(f'  {k:62s} {v:7d}  {v / length:.2%}  ({v / sum(total.values()):.0%} of errors)')

if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError:
        pass
