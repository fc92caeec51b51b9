"""Checks qrels.tsv against the corpus: every marker is an exact substring of one printed line of
its file, and its folded form (NFKD, combining marks removed, đ/Đ→d, lower case, white space
collapsed; same mapping as vn.camket.text.Fold) occurs exactly once in the folded file."""
import os, re, sys, unicodedata, collections
CORP = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'corpus')
def fold(s):
    n = unicodedata.normalize('NFKD', s)
    n = ''.join(c for c in n if not unicodedata.category(c).startswith('M'))
    m = {'đ':'d','Đ':'d','ð':'d','Ð':'d','ø':'o','Ø':'o','ł':'l','Ł':'l'}
    return re.sub(r'\s+', ' ', ''.join(m.get(c, c.lower()) for c in n)).strip()
here = os.path.dirname(os.path.abspath(__file__))
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, 'qrels.tsv'), encoding='utf-8')][1:]
qids = [l.split('\t')[0] for l in open(os.path.join(here, 'queries.tsv'), encoding='utf-8')][1:]
text = {}; ftext = {}
bad = 0; per = collections.Counter(); grades = collections.Counter()
for q, d, m, g in rows:
    if d not in text:
        text[d] = open(os.path.join(CORP, d), encoding='utf-8').read()
        ftext[d] = fold(text[d])
    online = any(m in line for line in text[d].split('\n'))
    n = ftext[d].count(fold(m))
    if q not in qids or not online or n != 1 or g not in ('1', '2'):
        bad += 1; print('FAIL', q, d, repr(m), 'on-one-line=%s folded-count=%d grade=%s' % (online, n, g))
    per[(q, g)] += 1; grades[g] += 1
for q in qids: print(q, 'grade2=%d grade1=%d' % (per[(q, '2')], per[(q, '1')]))
print('markers=%d grade2=%d grade1=%d failures=%d' % (len(rows), grades['2'], grades['1'], bad))
