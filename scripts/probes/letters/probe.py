#!/usr/bin/env python3
# probe.py FILE [--papers-of NAME] — lines TITLE||SUMMARY||EXPECTED ; EXPECTED = "msgs | convs" in tt's form, or "none".
# Alternatives separated by " OR ".
import json,subprocess,sys,os
bin=os.environ.get('CG','.build/release/corrgraph')
f=sys.argv[1]; extra=sys.argv[2:]
rows=[]
for l in open(f):
    l=l.rstrip('\n')
    if not l.strip() or l.startswith('#'): continue
    p=l.split('||'); rows.append((p[0],p[1] if len(p)>1 else '',p[2] if len(p)>2 else 'none'))
inp="".join(json.dumps({"id":f"p{i}","date":"1790","title":t,"summary":s})+"\n" for i,(t,s,e) in enumerate(rows))
out=subprocess.run([bin,"extract","--format","jsonl","--quiet","--input-format","jsonl",*extra,"-"],input=inp,capture_output=True,text=True)
if out.returncode: print(out.stderr); sys.exit(1)
ok=0
for (t,s,e),l in zip(rows,out.stdout.splitlines()):
    r=json.loads(l)
    ms=["%s→%s%s"%("+".join(m['from']),"+".join(m['to']),(" via "+">".join(m['via'])) if m['via'] else "") for m in r['messages']]
    cs=["{"+", ".join(sorted(c['participants']))+"}" for c in r['conversations']]
    got="; ".join(ms)+((" | "+" ".join(cs)) if cs else "")
    if not got: got="none"
    good=any(got.strip()==alt.strip() for alt in e.split(" OR "))
    ok+=good
    if not good or '-v' in os.environ.get('PV',''):
        print(("PASS " if good else "FAIL ")+t[:100]+"\n     got: "+got+"\n     exp: "+e)
print(f"{ok}/{len(rows)} {f} {' '.join(extra)}")
