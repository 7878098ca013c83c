#!/usr/bin/env python3
"""Loads a claimgraph GraphML file with python-igraph (the reader R's and Python's igraph share) and checks
the typed attributes and the seed article's structure.

usage: check_graphml_igraph.py FILE seed|sources
Exit 0: all checks pass; 1: a check failed (the message says which); 77: python-igraph is not installed.
"""
import numbers
import sys

try:
    import igraph
except ImportError:
    print("python-igraph is not installed")
    sys.exit(77)


def fail(message):
    print("FAILED:", message)
    sys.exit(1)


def main():
    path, mode = sys.argv[1], sys.argv[2]
    g = igraph.Graph.Read_GraphML(path)
    if not g.is_directed():
        fail("graph is not directed")
    if g.vcount() == 0 or g.ecount() == 0:
        fail(f"empty graph: {g.vcount()} nodes, {g.ecount()} edges")
    for attr in ("kind", "label"):
        if attr not in g.vs.attributes():
            fail(f"node attribute {attr} missing: {g.vs.attributes()}")
    if "kind" not in g.es.attributes():
        fail(f"edge attribute kind missing: {g.es.attributes()}")
    for v in g.vs:
        if not isinstance(v["kind"], str) or not isinstance(v["label"], str):
            fail(f"node {v.index}: kind/label are not strings")
    speakers = {v["label"]: v for v in g.vs if v["kind"] == "speaker"}
    outlets = {v["label"]: v for v in g.vs if v["kind"] == "outlet"}
    for name in ["Andrey Krutskikh", "Thomas Bossert", "Donald Trump", "Rob Joyce"]:
        if name not in speakers:
            fail(f"speaker {name} missing; speakers: {sorted(speakers)}")
    for name in ["Reuters", "RIA", "Twitter"]:
        if name not in outlets:
            fail(f"outlet {name} missing; outlets: {sorted(outlets)}")
    # typed attributes arrive as numbers, not strings
    if not isinstance(speakers["Thomas Bossert"]["mentions"], numbers.Number):
        fail(f"mentions is not numeric: {speakers['Thomas Bossert']['mentions']!r}")
    if "weight" in g.es.attributes() and not all(isinstance(w, numbers.Number) for w in g.es["weight"]
                                                  if w is not None):
        fail("weight is not numeric")

    def out_edges(v, kind):
        return [e for e in g.es.select(_source=v.index) if e["kind"] == kind]

    if mode == "sources":
        if any(v["kind"] == "claim" for v in g.vs):
            fail("the sources view has claim nodes")
        quoted = [e for e in out_edges(speakers["Thomas Bossert"], "quoted_by")
                  if e.target == outlets["Reuters"].index]
        if not quoted or quoted[0]["weight"] < 3:
            fail("Thomas Bossert is not quoted_by Reuters at least 3 times")
        print("ok")
        return

    claims = [g.vs[e.target] for e in out_edges(speakers["Thomas Bossert"], "asserts")]
    if len(claims) < 3:
        fail(f"Thomas Bossert asserts {len(claims)} claims")
    for c in claims:
        if c["kind"] != "claim" or not c["text"]:
            fail(f"bad claim node {c.attributes()}")
        if not isinstance(c["begin"], numbers.Number) or c["end"] <= c["begin"]:
            fail(f"bad offsets {c['begin']!r} {c['end']!r}")
    print("ok")


main()
