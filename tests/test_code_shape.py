"""Rules on the shape of the code that review kept finding broken, read from the source.

- Classes are declared: none built at run time with ``type(name, bases, namespace)``, none
  defined inside a function or method (where a reader cannot find, import or test them).
- Only ``search/backends/`` imports modelsearch's database backends and utilities, whose
  internals it pins (tests/search/test_backend_upstream.py); the rest of the project uses
  Wagtail's public search API, so an upgrade can break one documented place only.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {".venv", "node_modules", "static", "locale"}
MODELSEARCH_INTERNALS = ("modelsearch.backends.database", "modelsearch.utils")


def project_modules() -> list[Path]:
    return sorted(
        path
        for path in ROOT.rglob("*.py")
        if not SKIPPED.intersection(path.relative_to(ROOT).parts)
        and not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
    )


def shape_faults(tree: ast.AST) -> list[str]:
    """Nested classes and three-argument ``type()`` calls, as ``line: what``."""
    faults = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.ClassDef) and in_function:
            faults.append(f"{node.lineno}: class {node.name} defined inside a function")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "type"
            and len(node.args) == 3
        ):
            faults.append(f"{node.lineno}: class built with type()")
        nested = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        for child in ast.iter_child_nodes(node):
            visit(child, nested)

    visit(tree, False)
    return faults


def imported_modules(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_checks_see_what_they_look_for():
    source = (
        "def make():\n"
        "    class Inner: pass\n"
        "    return type('Built', (Inner,), {})\n"
        "class Outer:\n"
        "    class Meta: pass\n"
        "    def method(self):\n"
        "        return type(self)\n"
    )
    assert shape_faults(ast.parse(source)) == [
        "2: class Inner defined inside a function",
        "3: class built with type()",
    ]


def test_the_walk_reads_every_app():
    tops = {path.relative_to(ROOT).parts[0] for path in project_modules()}
    assert {"campaigns", "exemplars", "home", "intranet", "nominations", "search", "tests", "config"} <= tops


def test_classes_are_declared():
    faults = [
        f"{path.relative_to(ROOT)}:{fault}"
        for path in project_modules()
        for fault in shape_faults(ast.parse(path.read_text(), filename=str(path)))
    ]
    assert faults == []


def test_only_the_search_backend_imports_modelsearch_internals():
    backend = ROOT / "search" / "backends"
    tests_of_it = {ROOT / "tests" / "search" / "test_backend_upstream.py", Path(__file__).resolve()}
    leaning = sorted(
        str(path.relative_to(ROOT))
        for path in project_modules()
        if backend not in path.parents
        and path not in tests_of_it
        and any(
            name.startswith(MODELSEARCH_INTERNALS) for name in imported_modules(ast.parse(path.read_text()))
        )
    )
    assert leaning == []
