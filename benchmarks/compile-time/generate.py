#!/usr/bin/env python3
"""Writes a synthetic nestql source tree for the compile-time benchmark.

40 @Table records (8 themes, each a parent/child chain of 5 tables, plus one foreign key from
each theme's fourth table to the next theme's root) and 200 @Projection records, 5 per table:

  <T>Ref       plain columns and @Path to-one columns                       (a leaf)
  <T>Summary   plain columns and aggregates (@Count, @Sum, @Exists, @First)  (a leaf)
  <T>Detail    plain, @Path, a to-one @Nested parent Ref, a @Nested list of the child's Ref/Summary
  <T>Tree      a @Nested list of the child's Detail (two levels deep), plus an aggregate
  <T>Overview  everything: plain, deep @Path, to-one @Nested, a list of the child's Tree
               (three levels deep), aggregates with `where`

Non-leaf projections only nest projections of deeper tables (or leaves), so nesting never forms a
cycle. Choices (column subsets, orders, limits) come from random.Random with a fixed seed, so the
output is identical on every run.

Usage: generate.py OUTPUT_DIR   (writes OUTPUT_DIR/bench/gen/*.java)
"""
import os
import random
import sys

PACKAGE = "bench.gen"
SEED = 20240521

# Each theme: five (RecordName, plural relation name) pairs, root first.
THEMES = [
    [("Region", "regions"), ("Site", "sites"), ("Rack", "racks"), ("Device", "devices"), ("Port", "ports")],
    [("Company", "companies"), ("Department", "departments"), ("Team", "teams"), ("Employee", "employees"), ("Timesheet", "timesheets")],
    [("Catalog", "catalogs"), ("Category", "categories"), ("Product", "products"), ("Variant", "variants"), ("StockItem", "stockItems")],
    [("Customer", "customers"), ("Account", "accounts"), ("Invoice", "invoices"), ("InvoiceLine", "invoiceLines"), ("Payment", "payments")],
    [("Country", "countries"), ("Province", "provinces"), ("City", "cities"), ("Address", "addresses"), ("Parcel", "parcels")],
    [("Library", "libraries"), ("Shelf", "shelves"), ("Book", "books"), ("Copy", "copies"), ("Loan", "loans")],
    [("School", "schools"), ("Course", "courses"), ("Section", "sections"), ("Enrollment", "enrollments"), ("Grade", "grades")],
    [("Airline", "airlines"), ("Fleet", "fleets"), ("Aircraft", "aircraft"), ("Flight", "flights"), ("Seat", "seats")],
]

IMPORTS = {
    "BigDecimal": "java.math.BigDecimal",
    "LocalDate": "java.time.LocalDate",
    "Instant": "java.time.Instant",
    "OffsetDateTime": "java.time.OffsetDateTime",
    "List": "java.util.List",
}

# Non-key columns per level: (java type, name). The key columns are added per table.
LEVEL_COLUMNS = [
    [("String", "name"), ("String", "code"), ("int", "priority"), ("LocalDate", "createdOn")],
    [("String", "name"), ("String", "description"), ("Integer", "capacity"), ("BigDecimal", "budget")],
    [("String", "label"), ("int", "size"), ("Double", "weight"), ("boolean", "active")],
    [("String", "name"), ("String", "status"), ("Instant", "lastUpdated"), ("long", "serial")],
    [("int", "number"), ("long", "amount"), ("String", "note"), ("OffsetDateTime", "createdAt"), ("boolean", "enabled")],
]

BOX = {"int": "Integer", "long": "Long", "boolean": "Boolean", "double": "Double"}


def lc(name):
    return name[0].lower() + name[1:]


def uc(name):
    return name[0].upper() + name[1:]


def snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def boxed(t):
    return BOX.get(t, t)


class Table:
    def __init__(self, theme, level, name, plural):
        self.theme, self.level, self.name, self.plural = theme, level, name, plural
        self.columns = [("long", "id")]  # (type, name); id is the @Id
        self.fks = {}  # column name -> (referenced Table, relatedName, nullable)
        self.to_one = {}  # relation name -> Table
        self.to_many = {}  # relation name -> Table
        self.projections = {}  # kind -> projection name


def build_schema():
    tables = [[Table(t, lvl, n, p) for lvl, (n, p) in enumerate(theme)] for t, theme in enumerate(THEMES)]
    for t, chain in enumerate(tables):
        for lvl, table in enumerate(chain):
            cols = list(LEVEL_COLUMNS[lvl])
            if lvl > 0:
                parent = chain[lvl - 1]
                key = lc(parent.name) + "Id"
                nullable = lvl == 3  # level-3 rows may be unattached: a nullable key
                cols.insert(1, ("Long" if nullable else "long", key))
                table.fks[key] = (parent, table.plural, nullable)
                table.to_one[lc(parent.name)] = parent
                parent.to_many[table.plural] = table
            if lvl == 3:
                home = tables[(t + 1) % len(tables)][0]
                key = "home" + home.name + "Id"
                cols.append(("Long", key))
                table.fks[key] = (home, table.plural, True)
                table.to_one["home" + home.name] = home
                home.to_many[table.plural] = table
            table.columns += cols
    return tables


def header(imports):
    lines = ["// Generated by benchmarks/compile-time/generate.py. Do not edit.", "package %s;" % PACKAGE, ""]
    for imp in sorted(imports):
        lines.append("import %s;" % imp)
    lines.append("")
    return lines


def write(out_dir, name, lines):
    path = os.path.join(out_dir, name + ".java")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def table_source(table):
    imports = {"dev.nestql.Table", "dev.nestql.Id"}
    comps = []
    for typ, name in table.columns:
        if typ in IMPORTS:
            imports.add(IMPORTS[typ])
        if name == "id":
            comps.append("@Id long id")
        elif name in table.fks:
            imports.add("dev.nestql.ForeignKey")
            ref, related, _ = table.fks[name]
            comps.append('@ForeignKey(references = %s.class, relatedName = "%s") %s %s' % (ref.name, related, typ, name))
        else:
            comps.append("%s %s" % (typ, name))
    lines = header(imports)
    lines.append('@Table("%s")' % snake(table.name))
    lines.append("public record %s(" % table.name)
    lines.append(",\n".join("        " + c for c in comps) + ") {}")
    return lines


def to_one_paths(table, max_hops):
    """All to-one paths of 1..max_hops hops: list of (path parts, target table, nullable)."""
    result = []

    def walk(tab, parts, nullable, hops):
        for key, (ref, _, key_nullable) in sorted(tab.fks.items()):
            rel = key[:-2]
            p = parts + [rel]
            n = nullable or key_nullable
            result.append((p, ref, n))
            if hops + 1 < max_hops:
                walk(ref, p, n, hops + 1)

    walk(table, [], False, 0)
    return result


def column_type(table, col):
    for typ, name in table.columns:
        if name == col:
            return typ
    raise KeyError(col)


class Proj:
    """Collects the components and imports of one projection record."""

    def __init__(self, table, name):
        self.table, self.name = table, name
        self.imports = {"dev.nestql.Projection"}
        self.comps = []
        self.names = set(n for _, n in table.columns)  # base columns' handles are taken

    def use(self, typ):
        base = typ.split("<")[0]
        if base in IMPORTS:
            self.imports.add(IMPORTS[base])
        if "<" in typ:
            self.use(typ[typ.index("<") + 1:-1])

    def add(self, ann, typ, name, plain=False):
        if not plain:
            assert name not in self.names, (self.name, name)
        self.names.add(name)
        self.use(typ)
        if ann:
            self.imports.add("dev.nestql." + ann.split("(")[0].lstrip("@"))
            self.comps.append("%s %s %s" % (ann, typ, name))
        else:
            self.comps.append("%s %s" % (typ, name))

    def lines(self, doc):
        lines = header(self.imports)
        lines.append("/** %s */" % doc)
        lines.append("@Projection(%s.class)" % self.table.name)
        lines.append("public record %s(" % self.name)
        lines.append(",\n".join("        " + c for c in self.comps) + ") {}")
        return lines


def plain_columns(rng, proj, table, k):
    others = [c for c in table.columns[1:]]
    chosen = rng.sample(others, min(k, len(others)))
    proj.add(None, "long", "id", plain=True)
    for typ, name in table.columns[1:]:  # keep the table's order
        if (typ, name) in chosen:
            proj.add(None, typ, name, plain=True)


def add_paths(rng, proj, table, max_hops, k):
    paths = to_one_paths(table, max_hops)
    if not paths:
        return
    for parts, target, nullable in rng.sample(paths, min(k, len(paths))):
        typ, col = rng.choice([c for c in target.columns if c[1] != "id"])
        name = "".join([lc(parts[0])] + [uc(p) for p in parts[1:]]) + uc(col)
        proj.add('@Path("%s.%s")' % (".".join(parts), col), boxed(typ), name)


# Aggregates per level over the to-many chain below the table.
def add_aggregates(rng, proj, table, with_where):
    children = sorted((r, c) for r, c in table.to_many.items() if c.level == table.level + 1)
    if not children:
        return False
    rel, child = children[0]
    # @Count over the direct relation, and over two hops when there is a grandchild.
    if with_where and child.level == 3:
        proj.add('@Count(value = "%s", where = "status = \'active\'")' % rel, "long", "active" + uc(rel) + "Count")
    else:
        proj.add('@Count("%s")' % rel, rng.choice(["long", "int"]), rel + "Count")
    grand = sorted(child.to_many.items())
    if grand and child.level == table.level + 1:
        grel = grand[0][0]
        proj.add('@Count("%s.%s")' % (rel, grel), "long", grel + "Count")
    # @Sum over a numeric column of the child.
    sums = {1: ("capacity", "Long"), 2: ("size", "long"), 3: ("serial", "long"), 4: ("amount", "long")}
    if child.level == 1 and rng.random() < 0.5:
        sums[1] = ("budget", "BigDecimal")
    col, typ = sums[child.level]
    proj.add('@Sum("%s.%s")' % (rel, col), typ, "total" + uc(rel) + uc(col))
    # @Exists with or without a condition.
    conds = {1: "capacity > 10", 2: "active = true", 3: "status = 'retired'", 4: "enabled = false"}
    if with_where or rng.random() < 0.5:
        proj.add('@Exists(value = "%s", where = "%s")' % (rel, conds[child.level]), "boolean", "any" + uc(rel) + "Matching")
    else:
        proj.add('@Exists("%s")' % rel, "boolean", "has" + uc(rel))
    # @First: a column of the first child row in some order.
    firsts = {1: ("name", "String", '"name"'), 2: ("label", "String", '{"-size", "label"}'),
              3: ("name", "String", '"-lastUpdated"'), 4: ("number", "Integer", '"-createdAt"')}
    sel, typ, order = firsts[child.level]
    proj.add('@First(value = "%s", select = "%s", orderBy = %s)' % (rel, sel, order), typ, "first" + child.name + uc(sel))
    return True


def nested_list(rng, proj, table, kind, limit_ok=True):
    """A @Nested list over the first child relation, of the child's projection of the given kind."""
    children = sorted((r, c) for r, c in table.to_many.items() if c.level == table.level + 1)
    if not children:
        return False
    rel, child = children[0]
    order_col = rng.choice([c[1] for c in child.columns if c[0] in ("String", "int", "long")])
    order = ('"-%s"' % order_col) if rng.random() < 0.4 else '"%s"' % order_col
    args = ['value = "%s"' % rel, "orderBy = %s" % order]
    if limit_ok and rng.random() < 0.3:
        args.append("limit = %d" % rng.choice([3, 5, 10]))
    conds = {1: "capacity is not null", 2: "size >= 4", 3: "status <> 'retired'", 4: "enabled = true"}
    if rng.random() < 0.3:
        args.append('where = "%s"' % conds[child.level])
    proj.add("@Nested(%s)" % ", ".join(args), "List<%s>" % child.projections[kind], rel)
    return True


def nested_parent(proj, table):
    parents = sorted(table.fks.items())
    if not parents:
        return False
    key, (ref, _, _) = parents[0]
    proj.add('@Nested("%s")' % key[:-2], ref.projections["Ref"], key[:-2])
    return True


def projections(rng, tables):
    flat = [t for chain in tables for t in chain]
    for t in flat:
        for kind in ("Ref", "Summary", "Detail", "Tree", "Overview"):
            t.projections[kind] = t.name + kind
    sources = {}
    for t in flat:
        # Ref: a leaf with a few columns and at most one to-one path.
        p = Proj(t, t.projections["Ref"])
        plain_columns(rng, p, t, 2)
        add_paths(rng, p, t, 1, 1)
        sources[p.name] = p.lines("A short reference to a %s." % t.name)

        # Summary: a leaf with aggregates (paths instead on the leaf tables).
        p = Proj(t, t.projections["Summary"])
        plain_columns(rng, p, t, 2)
        if not add_aggregates(rng, p, t, with_where=False):
            add_paths(rng, p, t, 3, 3)
        sources[p.name] = p.lines("A %s with values computed from its related rows." % t.name)

        # Detail: plain, paths, the parent as a nested record, the children as a nested list.
        p = Proj(t, t.projections["Detail"])
        plain_columns(rng, p, t, 3)
        add_paths(rng, p, t, 2, 2)
        nested_parent(p, t)
        nested_list(rng, p, t, rng.choice(["Ref", "Summary"]))
        sources[p.name] = p.lines("A %s with its parent and its children." % t.name)

        # Tree: the children's Details (which nest the grandchildren): two levels deep.
        p = Proj(t, t.projections["Tree"])
        plain_columns(rng, p, t, 2)
        if not nested_list(rng, p, t, "Detail"):
            add_paths(rng, p, t, 4, 2)
            nested_parent(p, t)
        if t.level == 0:
            add_aggregates(rng, p, t, with_where=False)
        sources[p.name] = p.lines("A %s with two levels of related rows." % t.name)

        # Overview: everything at once.
        p = Proj(t, t.projections["Overview"])
        plain_columns(rng, p, t, 4)
        add_paths(rng, p, t, 4, 3)
        nested_parent(p, t)
        if not nested_list(rng, p, t, "Tree", limit_ok=False):
            nested_list(rng, p, t, "Detail")
        # The root's second relation, to the previous theme's level-3 table, as a list too.
        extra = sorted((r, c) for r, c in t.to_many.items() if c.level != t.level + 1)
        for rel, child in extra:
            p.add('@Nested(value = "%s", orderBy = "-lastUpdated", limit = 5)' % rel,
                  "List<%s>" % child.projections["Ref"], rel)
            p.add('@Count("%s")' % rel, "long", rel + "Count")
        add_aggregates(rng, p, t, with_where=True)
        sources[p.name] = p.lines("Everything about a %s." % t.name)
    return sources


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTPUT_DIR")
    out_dir = os.path.join(sys.argv[1], *PACKAGE.split("."))
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(SEED)
    tables = build_schema()
    count_tables = 0
    for chain in tables:
        for t in chain:
            write(out_dir, t.name, table_source(t))
            count_tables += 1
    sources = projections(rng, tables)
    for name in sorted(sources):
        write(out_dir, name, sources[name])
    print("generated %d tables and %d projections in %s" % (count_tables, len(sources), out_dir))


if __name__ == "__main__":
    main()
