"""Reads and validates the bulk-load CSV files of `trustmap export --format neo4j-csv|neptune-csv`.

The rules checked are those of the formats' documentation, written out here independently:

* neo4j-admin database import, "CSV header format": every header cell is `name:type` or a
  system column (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, optionally with a name before
  the colon for `:ID`); types are int, long, float, double, boolean, byte, short, char, string,
  point, date, localtime, time, localdatetime, datetime, duration, each optionally with `[]`;
  array items and labels are separated by `;`; booleans are `true`/`false`; a node file has one
  `:ID` column, a relationship file has `:START_ID`, `:END_ID` and `:TYPE`; node ids are unique
  across all node files.
* Amazon Neptune, "Load format for openCypher data": the same system columns, plus a
  relationship `:ID` (required while `userProvidedEdgeIds` is true, the default); types Bool
  (or Boolean), Byte, Short, Int, Long, Float, Double, String, DateTime; array types only on
  node properties (edge properties are single-valued); `;` inside an array item escaped as `\\;`.
"""

import csv
import os
import re

NEO4J_TYPES = {
    "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
    "date", "localtime", "time", "localdatetime", "datetime", "duration",
}
NEPTUNE_TYPES = {"bool", "boolean", "byte", "short", "int", "long", "float", "double", "string",
                 "datetime"}
SYSTEM = {"ID", "LABEL", "START_ID", "END_ID", "TYPE"}
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Column:
    def __init__(self, name, system=None, type_name="string", array=False):
        self.name, self.system, self.type, self.array = name, system, type_name, array


def parse_header(cells, dialect, relationship, where):
    """The columns of a header row; raises ValueError naming the file and the cell."""
    columns = []
    for cell in cells:
        name, sep, field_type = cell.partition(":")
        if not sep:
            raise ValueError(f"{where}: header cell {cell!r} has no ':type'")
        if field_type in SYSTEM:
            if name and field_type != "ID":
                raise ValueError(f"{where}: {cell!r}: only :ID may carry a property name")
            columns.append(Column(name, system=field_type))
            continue
        if not NAME.match(name):
            raise ValueError(f"{where}: property name in {cell!r} is not a plain name")
        array = field_type.endswith("[]")
        base = field_type[:-2] if array else field_type
        if dialect == "neo4j" and base not in NEO4J_TYPES:
            raise ValueError(f"{where}: {cell!r}: {base!r} is not a neo4j-admin type")
        if dialect == "neptune":
            if base.lower() not in NEPTUNE_TYPES:
                raise ValueError(f"{where}: {cell!r}: {base!r} is not a Neptune type")
            if array and relationship:
                raise ValueError(f"{where}: {cell!r}: Neptune edge properties cannot be arrays")
        columns.append(Column(name, type_name=base.lower(), array=array))
    systems = [c.system for c in columns if c.system]
    if relationship:
        required = {"START_ID", "END_ID", "TYPE"} | ({"ID"} if dialect == "neptune" else set())
        if set(systems) != required or len(systems) != len(required):
            raise ValueError(f"{where}: relationship system columns {systems}, want {required}")
    elif systems.count("ID") != 1 or not set(systems) <= {"ID", "LABEL"}:
        raise ValueError(f"{where}: node system columns {systems}, want one :ID and :LABEL")
    return columns


def split_array(text, dialect):
    if dialect == "neptune":
        return [item.replace("\\;", ";") for item in re.split(r"(?<!\\);", text)]
    return text.split(";")


def convert(column, text, dialect, where):
    """The value of one field, or None for an empty field (no property)."""
    if text == "":
        return None
    if column.array:
        return [convert(Column(column.name, type_name=column.type), item, dialect, where)
                for item in split_array(text, dialect)]
    if column.type in ("boolean", "bool"):
        if text not in ("true", "false"):
            raise ValueError(f"{where}: {column.name}={text!r} is not true or false")
        return text == "true"
    if column.type in ("int", "long", "short", "byte"):
        return int(text)
    return text


def read_export(directory, dialect):
    """Nodes {id: (labels, properties)} and relationships [(start, end, type, properties, file)]."""
    nodes, relationships, edge_ids = {}, [], set()
    names = sorted(n for n in os.listdir(directory) if n.endswith(".csv"))
    if not any(n.startswith("nodes-") for n in names):
        raise ValueError(f"{directory}: no nodes-*.csv file")
    for name in names:
        relationship = name.startswith("relationships-")
        path = os.path.join(directory, name)
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle, strict=True))
        columns = parse_header(rows[0], dialect, relationship, name)
        for number, row in enumerate(rows[1:], start=2):
            where = f"{name} line {number}"
            if len(row) != len(columns):
                raise ValueError(f"{where}: {len(row)} fields, header has {len(columns)}")
            system, properties = {}, {}
            for column, text in zip(columns, row):
                if column.system:
                    system[column.system] = text
                    if column.system == "ID" and column.name and not relationship:
                        properties[column.name] = text
                else:
                    value = convert(column, text, dialect, where)
                    if value is not None:
                        properties[column.name] = value
            if relationship:
                if dialect == "neptune":
                    if system["ID"] in edge_ids:
                        raise ValueError(f"{where}: relationship id {system['ID']!r} repeated")
                    edge_ids.add(system["ID"])
                relationships.append(
                    (system["START_ID"], system["END_ID"], system["TYPE"], properties, name))
            else:
                if system["ID"] in nodes:
                    raise ValueError(f"{where}: node id {system['ID']!r} repeated")
                labels = tuple(system.get("LABEL", "").split(";"))
                if not all(NAME.match(label) for label in labels):
                    raise ValueError(f"{where}: labels {labels} are not plain names")
                nodes[system["ID"]] = (labels, properties)
    for start, end, kind, _, name in relationships:
        for endpoint in (start, end):
            if endpoint not in nodes:
                raise ValueError(f"{name}: {kind} endpoint {endpoint!r} is no node")
    return nodes, relationships


def check_load_cypher(directory):
    """Every `row.`field`` a load.cypher statement reads is a header cell of the file it loads."""
    with open(os.path.join(directory, "load.cypher"), encoding="utf-8") as handle:
        script = handle.read()
    statements = [s for s in script.split(";\n") if ":auto LOAD CSV" in s]
    if not statements:
        raise ValueError("load.cypher: no LOAD CSV statement")
    for statement in statements:
        file_name = re.search(r"\$base \+ '/([^']+)'", statement).group(1)
        with open(os.path.join(directory, file_name), newline="", encoding="utf-8") as handle:
            header = set(next(csv.reader(handle)))
        for field in re.findall(r"row\.`([^`]+)`", statement):
            if field not in header:
                raise ValueError(f"load.cypher reads {field!r}, which {file_name} has not")
    return len(statements)
