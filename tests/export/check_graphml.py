#!/usr/bin/env python3
"""Loads a claimgraph GraphML file with networkx and checks it against the seed article's expectations.

usage: check_graphml.py FILE seed|sources|escapes
Exit 0: all checks pass; 1: a check failed (the message says which); 77: networkx is not installed.
"""
import sys

try:
    import networkx as nx
except ImportError:
    print("networkx is not installed")
    sys.exit(77)


def fail(message):
    print("FAILED:", message)
    sys.exit(1)


def main():
    path, mode = sys.argv[1], sys.argv[2]
    g = nx.read_graphml(path)
    if not isinstance(g, nx.MultiDiGraph) and not g.is_directed():
        fail("graph is not directed")
    for n, d in g.nodes(data=True):
        if "kind" not in d or "label" not in d:
            fail(f"node {n} lacks kind or label")
    by_kind = {}
    for n, d in g.nodes(data=True):
        by_kind.setdefault(d["kind"], []).append(n)

    if mode == "escapes":
        texts = [d["text"] for _, d in g.nodes(data=True) if d["kind"] == "claim"]
        wanted = 'a < b && c > "d" \'e\' f g\u00a0\ufffd end'
        if wanted not in texts:
            fail(f"escaped text did not round-trip: {texts!r}")
        print("ok")
        return

    speakers = {g.nodes[n]["label"]: n for n in by_kind.get("speaker", [])}
    outlets = {g.nodes[n]["label"]: n for n in by_kind.get("outlet", [])}
    for name in ["Andrey Krutskikh", "Svetlana Lukash", "Thomas Bossert", "Donald Trump", "Rob Joyce",
                 "Senior U.S. Republicans"]:
        if name not in speakers:
            fail(f"speaker {name} missing; speakers: {sorted(speakers)}")
    labels = [g.nodes[n]["label"] for n in by_kind.get("speaker", [])]
    if len(labels) != len(set(labels)):
        fail(f"a speaker appears twice: {labels}")
    for name in ["Reuters", "RIA", "Twitter"]:
        if name not in outlets:
            fail(f"outlet {name} missing; outlets: {sorted(outlets)}")
    if not isinstance(g.nodes[speakers["Thomas Bossert"]]["mentions"], int):
        fail("mentions is not an int")

    def edges(u, kind):
        return [(v, d) for _, v, d in g.out_edges(u, data=True) if d["kind"] == kind]

    if mode == "sources":
        if by_kind.get("claim"):
            fail("the sources view has claim nodes")
        quoted = dict((v, d["weight"]) for v, d in edges(speakers["Thomas Bossert"], "quoted_by"))
        if quoted.get(outlets["Reuters"], 0) < 3:
            fail(f"Thomas Bossert quoted_by Reuters weight: {quoted}")
        if not isinstance(next(iter(quoted.values())), float):
            fail("weight is not a double")
        cites = [v for v, _ in edges(outlets["RIA"], "cites")]
        if speakers["Andrey Krutskikh"] not in cites:
            fail("RIA does not cite Krutskikh")
        print("ok")
        return

    bossert_claims = [v for v, _ in edges(speakers["Thomas Bossert"], "asserts")]
    if len(bossert_claims) < 3:
        fail(f"Thomas Bossert asserts {len(bossert_claims)} claims")
    for c in bossert_claims:
        d = g.nodes[c]
        if d["kind"] != "claim" or not d["text"] or d["claim_kind"] not in ("direct", "indirect", "mixed"):
            fail(f"bad claim node {d}")
        if not isinstance(d["begin"], int) or d["end"] <= d["begin"]:
            fail(f"bad offsets {d}")
    ria_claims = [u for u, _, d in g.in_edges(outlets["RIA"], data=True) if d["kind"] == "reported_by"
                  and g.nodes[u]["kind"] == "claim"]
    if not any(g.has_edge(speakers["Andrey Krutskikh"], c) for c in ria_claims):
        fail("no claim reported by RIA is Krutskikh's")
    trump_claims = [v for v, _ in edges(speakers["Donald Trump"], "asserts")]
    if not any(outlets["Twitter"] in [v for v, _ in edges(c, "reported_by")] for c in trump_claims):
        fail("no claim of Trump is reported_by Twitter")
    print("ok")


main()
