"""Checks `trustmap export --format opengraph`: the payload against the OpenGraph schema
(Scripts/schemas/opengraph-payload.schema.json), the extension definition schema against the
rules of BloodHound's "Graph Definition" page, and the attack-paths subgraph edge by edge."""

import collections
import json
import os
import re
from urllib.parse import unquote

SCHEMA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "schemas",
                      "opengraph-payload.schema.json")
NAMESPACE = "Trustmap"
# EDG-5: group membership is shown, never traversed.
NON_TRAVERSABLE = {"memberOf"}
ENTRY_KINDS = {"public", "external-account", "external-principal", "saml-provider",
               "oidc-provider"}


def check_extension(extension, check):
    """The rules of an extension definition schema: schema metadata with a v-prefixed semantic
    version and a namespace; node and relationship kind names unique, prefixed `namespace_` and
    more than the prefix; display kinds with a Font Awesome icon name and a #RGB/#RRGGBB color."""
    schema = extension["schema"]
    check("extension schema names itself, its version and namespace",
          {"name", "display_name", "version", "namespace"} <= set(schema)
          and re.match(r"^v\d+\.\d+\.\d+$", schema["version"]) is not None
          and schema["namespace"] == NAMESPACE, f"{schema}")
    names = [k["name"] for k in extension["node_kinds"] + extension["relationship_kinds"]]
    check("extension kind names are unique and namespaced",
          len(names) == len(set(names))
          and all(re.match(rf"^{NAMESPACE}_[A-Za-z0-9_]+$", n) for n in names)
          and not any(n.lower().startswith("tag_") for n in names), f"{names}")
    check("extension node kinds have display names, icons and colors",
          all("display_name" in k and (not k.get("is_display_kind")
                                       or (k.get("icon") and re.match(
                                           r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", k["color"])))
              for k in extension["node_kinds"]))
    check("extension relationship kinds say whether they are traversable",
          all(isinstance(k.get("is_traversable"), bool) for k in extension["relationship_kinds"]))


def attack_paths(graph):
    """The (source, target, kind) triples and node ids the attack-paths scope keeps."""
    kinds = {n["id"]: n["kind"] for n in graph["nodes"]}
    admins = {n["id"] for n in graph["nodes"] if n["admin"]}
    incoming = collections.defaultdict(list)
    for edge in graph["edges"]:
        if edge["kind"] not in NON_TRAVERSABLE:
            incoming[edge["to"]].append(edge["from"])
    leads, queue = set(admins), list(admins)
    while queue:
        for source in incoming[queue.pop()]:
            if source not in leads:
                leads.add(source)
                queue.append(source)
    edges = {(e["from"], e["to"], e["kind"]) for e in graph["edges"]
             if e["kind"] not in NON_TRAVERSABLE
             and (e["to"] in leads or e["crossAccount"] or kinds[e["from"]] in ENTRY_KINDS)}
    nodes = admins | {s for s, _, _ in edges} | {t for _, t, _ in edges}
    members = {(e["from"], e["to"], e["kind"]) for e in graph["edges"]
               if e["kind"] in NON_TRAVERSABLE and e["from"] in nodes}
    return edges | members, nodes | {t for _, t, _ in members}


def check(binary, inputs, work, graph, check, export):
    import jsonschema

    with open(SCHEMA, encoding="utf-8") as handle:
        validator = jsonschema.Draft202012Validator(json.load(handle))
    for scope in ("attack-paths", "all"):
        extra = ["--scope", "all"] if scope == "all" else []
        directory = export(binary, inputs, "opengraph", os.path.join(work, "og-" + scope), *extra)
        with open(os.path.join(directory, "opengraph.json"), encoding="utf-8") as handle:
            payload = json.load(handle)
        with open(os.path.join(directory, "trustmap-extension.json"), encoding="utf-8") as handle:
            extension = json.load(handle)
        errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.path))
        check(f"opengraph ({scope}) payload matches the OpenGraph schema", not errors,
              errors[0].message if errors else "")
        check_extension(extension, check)
        check_payload(payload, extension, graph, scope, check)


def check_payload(payload, extension, graph, scope, check):
    nodes, edges = payload["graph"]["nodes"], payload["graph"]["edges"]
    ids = [n["id"] for n in nodes]
    check(f"opengraph ({scope}) node ids are unique and decode to Trustmap ids",
          len(ids) == len(set(ids))
          and all(unquote(n["id"]) == n["properties"]["trustmap_id"] for n in nodes))
    check(f"opengraph ({scope}) edges join nodes of the payload",
          all(e["start"]["value"] in set(ids) and e["end"]["value"] in set(ids) for e in edges))
    node_kinds = {k["name"] for k in extension["node_kinds"]}
    relationship = {k["name"]: k["is_traversable"] for k in extension["relationship_kinds"]}
    check(f"opengraph ({scope}) node kinds are defined in the extension schema",
          all(set(n["kinds"]) <= node_kinds for n in nodes))
    check(f"opengraph ({scope}) edge kinds are defined, traversable exactly when Trustmap follows "
          "them", all(relationship.get(e["kind"]) == e["properties"]["traversable"]
                      == (e["properties"]["trustmap_kind"] not in NON_TRAVERSABLE) for e in edges))
    triples = {(unquote(e["start"]["value"]), unquote(e["end"]["value"]),
                e["properties"]["trustmap_kind"]) for e in edges}
    node_ids = {unquote(i) for i in ids}
    if scope == "all":
        want = {(e["from"], e["to"], e["kind"]) for e in graph["edges"]}
        want_nodes = {n["id"] for n in graph["nodes"]}
    else:
        want, want_nodes = attack_paths(graph)
    check(f"opengraph ({scope}) holds exactly the expected edges", triples == want,
          f"missing {sorted(want - triples)[:3]}, extra {sorted(triples - want)[:3]}")
    check(f"opengraph ({scope}) holds exactly the expected nodes", node_ids == want_nodes,
          f"missing {sorted(want_nodes - node_ids)[:3]}, extra {sorted(node_ids - want_nodes)[:3]}")
