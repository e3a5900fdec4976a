"""Print every gold span of the given articles in context: python3 show_spans.py 0003 0017 ..."""
import json, os, sys
here = os.path.abspath(os.environ.get("DEVSET_DIR") or os.path.dirname(os.path.abspath(__file__)))
g = {d["file"]: d for d in json.load(open(os.path.join(here, "gold.json")))["documents"]}
for f in sys.argv[1:]:
    b = open(os.path.join(here, f + ".txt"), "rb").read()
    print("==", f)
    for s in g[f + ".txt"]["spans"]:
        left = b[max(0, s["start"] - 25):s["start"]].decode("utf-8", "replace").replace("\n", " ")
        right = b[s["end"]:s["end"] + 15].decode("utf-8", "replace").replace("\n", " ")
        print(f"  {s['type'][:3]} …{left}[{b[s['start']:s['end']].decode()}]{right}…")
