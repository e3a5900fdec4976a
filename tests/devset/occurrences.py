"""Show the numbered whole-word occurrences of a string in an article (for the occurrence column).

    python3 occurrences.py 0031 "St Andrews"
"""
import os, re, sys
here = os.path.abspath(os.environ.get("DEVSET_DIR") or os.path.dirname(os.path.abspath(__file__)))
t = open(os.path.join(here, sys.argv[1] + ".txt"), encoding="utf-8").read()
for i, m in enumerate(re.finditer(r"(?<!\w)" + re.escape(sys.argv[2]) + r"(?!\w)", t), 1):
    print(i, repr(t[max(0, m.start() - 30):m.end() + 30]))
