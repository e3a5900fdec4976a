"""List capitalised words not covered by any annotation line (entity or "-"), per article, for review."""
import re, sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_gold as mg
os.chdir(mg.HERE)
g={d['file']:d for d in json.load(open('gold.json'))['documents']}
for f in sorted(g):
    t=open(f,encoding='utf-8').read(); b=t.encode()
    # claimed char ranges incl '-'
    claimed=[]
    for line in open('ann/'+f[:4]+'.tsv',encoding='utf-8'):
        p=line.rstrip('\n').split('\t')
        for st in mg.occurrences(t,p[1]): claimed.append((st,st+len(p[1])))
    miss=set()
    for m in re.finditer(r"\b[A-ZÀ-Ž][\w'’\-\.]*(?:\s+(?:of|de|la|del|von|van|der|da|the|and)?\s*[A-ZÀ-Ž][\w'’\-]*)*",t):
        if any(m.start()<e and s<m.end() for s,e in claimed): continue
        w=m.group()
        # sentence-initial?
        pre=t[:m.start()].rstrip()
        if (not pre or pre[-1] in '.\n') and ' ' not in w: continue
        miss.add(w)
    print(f, sorted(miss))
