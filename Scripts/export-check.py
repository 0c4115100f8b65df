#!/usr/bin/env python3
"""Proof that `trustmap export` means what `trustmap graph` and `trustmap reach` say.

Usage: Scripts/export-check.py TRUSTMAP_BINARY [INPUT...]   (default input: Samples/)
`make test` runs it on Samples/ and on export_check/fixtures/hostile (names with `,`, `=`, `+`,
`@`, spaces; a condition value with `;`, quotes, `<`, `&`).

1. neo4j-csv and neptune-csv: every header and field is checked against the formats' documented
   rules (export_check/bulk_csv.py), names, lists and flags read back as `trustmap graph` has
   them, and every field load.cypher reads exists; load.cypher itself is then run by FalkorDB's
   LOAD CSV and must build the same graph as the batched load.
2. The neo4j-csv export is loaded into a real FalkorDB server started on a loopback port (and
   stopped at the end, also on failure), through its Cypher interface in batches; Cypher then
   checks (a) node and edge counts (per kind) against `trustmap graph`, (b) for every principal
   the roles reachable over traversable relationships against `trustmap reach`, (c) the accounts
   whose administrators each principal reaches (and over allowed edges only) against `reach`'s
   `adminOf`, and the accounts reached against `reach`'s `accounts`.
3. opengraph: the payload against the OpenGraph schema (Scripts/schemas/), ids without colons,
   every kind namespaced and defined in the extension schema, the attack-paths rule edge by edge.
4. graphml: loaded with NetworkX; nodes, edges (per kind) and typed attributes compared.

Prints "N passed, 0 failed" and exits 0, or names the first failure and exits 1.
"""

import collections
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "export_check"))

import bulk_csv  # noqa: E402
import falkor  # noqa: E402
import opengraph  # noqa: E402

PASSED = []


def check(name, condition, detail=""):
    if not condition:
        raise AssertionError(f"{name}: {detail}")
    PASSED.append(name)
    print(f"ok   {name}")


def trustmap(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"trustmap {' '.join(args)} exited {result.returncode}: "
                           f"{result.stderr.strip()}")
    return result.stdout


def export(binary, inputs, fmt, out, *extra):
    trustmap(binary, "export", *inputs, "--format", fmt, "--out", out, "--quiet", *extra)
    return out


def reaches(binary, inputs, principals):
    """`trustmap reach --format json` of every principal."""
    return {p: json.loads(trustmap(binary, "reach", *inputs, "--from", p, "--format", "json"))
            for p in principals}


def check_bulk(binary, inputs, work, graph):
    for dialect in ("neo4j", "neptune"):
        directory = export(binary, inputs, f"{dialect}-csv", os.path.join(work, dialect))
        nodes, relationships = bulk_csv.read_export(directory, dialect)
        graph_nodes = {i for i, (labels, _) in nodes.items() if "TrustmapNode" in labels}
        check(f"{dialect}-csv headers and rows follow the documented format", True)
        check(f"{dialect}-csv graph nodes are trustmap graph's nodes",
              graph_nodes == {n["id"] for n in graph["nodes"]})
        kinds = collections.Counter(p.get("kind") for _, _, _, p, f in relationships
                                    if f == "relationships-graph.csv")
        check(f"{dialect}-csv graph relationships per kind are trustmap graph's",
              kinds == collections.Counter(e["kind"] for e in graph["edges"]), f"{kinds}")
        check_values(dialect, nodes, relationships, graph)
    statements = bulk_csv.check_load_cypher(os.path.join(work, "neo4j"))
    check(f"load.cypher's {statements} statements read only columns their files have", True)
    return bulk_csv.read_export(os.path.join(work, "neo4j"), "neo4j")


def check_values(dialect, nodes, relationships, graph):
    """Every graph node's name and every edge's lists and flags read back as `graph` has them
    (a `;` inside a list item reads back as U+FF1B from neo4j-csv; Neptune relationship lists
    are one string)."""
    def listed(items):
        if dialect == "neptune":
            return "; ".join(items) or None
        return [item.replace(";", "\uff1b") for item in items] or None

    names = {i: p.get("name") for i, (labels, p) in nodes.items() if "TrustmapNode" in labels}
    check(f"{dialect}-csv node names read back exactly",
          names == {n["id"]: n["name"] for n in graph["nodes"]})
    got = {(a, b, p["kind"]): p for a, b, _, p, f in relationships
           if f == "relationships-graph.csv"}
    for edge in graph["edges"]:
        row = got[(edge["from"], edge["to"], edge["kind"])]
        for field in ("conditions", "unresolved", "provenance", "callerControlled", "viaGroups"):
            check(f"{dialect}-csv {field} of {edge['from']} -> {edge['to']} reads back",
                  row.get(field) == listed(edge[field]), f"{row.get(field)!r}")
        check(f"{dialect}-csv flags of {edge['from']} -> {edge['to']} read back",
              (row["status"], row["crossAccount"], row["public"], row.get("basis"))
              == (edge["status"], edge["crossAccount"], edge["public"], edge["basis"]))


def cypher_set(graph, query, **params):
    return {row[0] for row in graph.query(query, params).result_set}


def check_findings(db, findings):
    """Findings are linked to the principals they are about and the edges of their path."""
    on_path = {(a, b, action, f) for a, b, action, f in db.query(
        "MATCH (a)-[r]->(b) WHERE r.findings IS NOT NULL UNWIND r.findings AS f "
        "RETURN a.id, b.id, r.action, f").result_set}
    want = {(h["from"]["arn"], h["to"]["arn"], h["action"], f["id"]) for f in findings
            for h in f.get("hops", [])}
    check("every edge on a finding's path names the finding, and no other edge does",
          on_path == want, f"{len(on_path)} != {len(want)}")
    concerns = {tuple(row) for row in db.query(
        "MATCH (f:TrustmapFinding)-[:TRUSTMAP_CONCERNS]->(p) RETURN f.id, p.id").result_set}
    check("findings concern exactly their principals",
          concerns == {(f["id"], p) for f in findings for p in f["principals"]})


def check_database(db, graph, reach):
    nodes = db.query("MATCH (n:TrustmapNode) RETURN count(n)").result_set[0][0]
    check("(a) FalkorDB holds as many TrustmapNode nodes as trustmap graph has nodes",
          nodes == len(graph["nodes"]), f"{nodes} != {len(graph['nodes'])}")
    kinds = dict(db.query("MATCH (:TrustmapNode)-[r]->(:TrustmapNode) WHERE r.kind IS NOT NULL "
                          "RETURN r.kind, count(r)").result_set)
    want = dict(collections.Counter(e["kind"] for e in graph["edges"]))
    check("(a) FalkorDB holds trustmap graph's edges, per kind", kinds == want, f"{kinds}")
    types = sorted(cypher_set(db, "MATCH ()-[r]->() WHERE r.traversable = true "
                                  "RETURN DISTINCT type(r)"))
    hop = "|".join(types)
    for principal, answer in sorted(reach.items()):
        roles = cypher_set(db, f"MATCH (p:TrustmapNode {{id: $id}})-[:{hop}*1..]->(r) "
                               "RETURN DISTINCT r.id", id=principal) - {principal}
        check(f"(b) roles reachable from {principal}", roles == set(answer["roles"]),
              f"cypher {sorted(roles)} != reach {sorted(answer['roles'])}")
        check_accounts(db, hop, principal, answer)


def check_accounts(db, hop, principal, answer):
    def accounts(target, allowed_only):
        condition = (" AND all(x IN relationships(path) WHERE x.status = 'allowed')"
                     if allowed_only else "")
        return cypher_set(db, f"MATCH path = (p:TrustmapNode {{id: $id}})-[:{hop}*0..]->"
                              f"(r:AWSRole) WHERE {target}{condition} RETURN DISTINCT r.account",
                          id=principal)

    for field, target in (("adminOf", "r.admin = true"), ("accounts", "true")):
        want = {entry["account"] for entry in answer[field]}
        allowed = {entry["account"] for entry in answer[field] if entry["allowed"]}
        check(f"(c) {field} of {principal}", accounts(target, False) == want,
              f"cypher {sorted(accounts(target, False))} != reach {sorted(want)}")
        check(f"(c) {field} over allowed edges only of {principal}",
              accounts(target, True) == allowed)


def check_load_cypher(db, other, directory):
    """load.cypher, run by FalkorDB's LOAD CSV into a second graph, builds the same graph as the
    batched load of the CSV rows read by the documented header rules."""
    statements = falkor.run_load_cypher(other, directory)
    want, got = falkor.dump(db), falkor.dump(other)
    check(f"load.cypher ({statements} statements) run by LOAD CSV builds the same nodes",
          got[0] == want[0], f"{len(got[0])} nodes != {len(want[0])}")
    check("load.cypher builds the same relationships, properties included", got[1] == want[1],
          f"{len(got[1])} relationships != {len(want[1])}")


def check_graphml(binary, inputs, work, graph):
    import networkx

    path = os.path.join(export(binary, inputs, "graphml", os.path.join(work, "graphml")),
                        "trustmap.graphml")
    loaded = networkx.read_graphml(path, force_multigraph=True)
    check("graphml loads in NetworkX with trustmap graph's nodes",
          set(loaded.nodes) == {n["id"] for n in graph["nodes"]})
    edges = collections.Counter((u, v, d["kind"]) for u, v, d in loaded.edges(data=True))
    check("graphml edges (source, target, kind) are trustmap graph's",
          edges == collections.Counter((e["from"], e["to"], e["kind"]) for e in graph["edges"]))
    admins = {n["id"] for n in graph["nodes"] if n["admin"]}
    check("graphml node attribute admin is a boolean that marks exactly the admins",
          {n for n, d in loaded.nodes(data=True) if d["admin"] is True} == admins)


def main():
    binary = os.path.abspath(sys.argv[1])
    inputs = sys.argv[2:] or ["Samples/"]
    graph = json.loads(trustmap(binary, "graph", *inputs, "--format", "json"))
    principals = [n["id"] for n in graph["nodes"] if n["kind"] in ("user", "role")]
    with tempfile.TemporaryDirectory(prefix="trustmap-export-check-") as work:
        nodes, relationships = check_bulk(binary, inputs, work, graph)
        reach = reaches(binary, inputs, principals)
        with falkor.FalkorServer(os.path.join(work, "neo4j")) as server:
            db = server.graph("trustmap")
            falkor.load(db, nodes, relationships)
            check_database(db, graph, reach)
            check_findings(db, json.loads(
                trustmap(binary, "findings", *inputs, "--format", "json"))["findings"])
            check_load_cypher(db, server.graph("loadcypher"), os.path.join(work, "neo4j"))
        opengraph.check(binary, inputs, work, graph, check, export)
        check_graphml(binary, inputs, work, graph)
    print(f"{len(PASSED)} passed, 0 failed")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, RuntimeError, ValueError, ImportError) as error:
        print(f"FAIL {error}")
        print(f"{len(PASSED)} passed, 1 failed")
        sys.exit(1)
