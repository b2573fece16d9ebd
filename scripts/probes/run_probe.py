#!/usr/bin/env python3
# run_probe.py FILE [-v]: each line "TITLE ==> EXPECTED" (EXPECTED as Acts.of prints it: `A → B via C`, `{A, B}`,
# `none`; several joined by " ; "), worked out by hand from GOLD-SCHEMA.md. CG=path/to/corrgraph. Each record is
# extracted on its own (no resolution across records). Names are invented.
import json,subprocess,sys,os
from concurrent.futures import ThreadPoolExecutor
bin=os.environ['CG']
rows=[l.rstrip('\n').split(' ==> ') for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
def one(t):
    inp=json.dumps({"id":"t","date":"1950","title":t,"summary":""})+"\n"
    out=subprocess.run([bin,"extract","--format","jsonl","--quiet","--input-format","jsonl","-"],input=inp,capture_output=True,text=True).stdout
    r=json.loads(out.splitlines()[0])
    acts=["%s → %s%s"%(", ".join(m['from']),", ".join(m['to']),(" via "+" > ".join(m['via'])) if m['via'] else "") for m in r['messages']]
    acts+=["{"+", ".join(sorted(c['participants']))+"}" for c in r['conversations']]
    return " ; ".join(acts) or "none", r.get('problems',[])
with ThreadPoolExecutor(4) as ex: res=list(ex.map(one,[t for t,_ in rows]))
ok=0
for (t,exp),(got,probs) in zip(rows,res):
    good = got==exp
    ok+=good
    if not good or '-v' in sys.argv: print(("OK  " if good else "BAD ")+t[:110],"\n     exp:",exp,"\n     got:",got, probs if probs else "")
print(f"{sys.argv[1]}: {ok}/{len(rows)}")
