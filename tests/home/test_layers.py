"""Migrations and templates follow the apps' layers, as import-linter makes imports do.

The layers are import-linter's (pyproject.toml): an app may use only the apps below it.
import-linter reads Python imports; a migration depending on an app above, or a template
loading an app above's tag library, would run against the layers unseen, so this reads
the migration graph and every template's ``{% load %}``. The site's shell (the project's
``templates/``: base, header, footer) is composed at the top, with ``home``.
"""

import re
import tomllib
from pathlib import Path

from django.conf import settings
from django.db.migrations.loader import MigrationLoader
from django.template import engines

ROOT = Path(settings.BASE_DIR)
LAYERS = next(
    contract["layers"]
    for contract in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    if contract["id"] == "layers"
)
RANK = {app: len(LAYERS) - index for index, app in enumerate(LAYERS)}  # the bottom app ranks 1
SHELL = "home"  # the project's templates/ directory
LOAD = re.compile(r"{%\s*load\s+(.+?)\s*%}")
# Data migrations between the domain apps made before the layers were checked: each
# carries rows or permissions another app's migration must see first, in databases that
# already ran them. A new migration may not join them.
HISTORY = {
    "campaigns.0006_remove_review_status → intranet.0007_unit_above_review",
    "exemplars.0004_image_collections → intranet.0002_role_groups",
    "exemplars.0006_nominations_moved_to_their_app → nominations.0004_nominations_move_in",
}


def upward(user: str, used: str) -> bool:
    return used in RANK and RANK[used] > RANK[user]


def loaded_libraries(text: str) -> set[str]:
    libraries = set()
    for arguments in LOAD.findall(text):
        words = arguments.split()
        # {% load a b c %} or {% load name other from library %}
        libraries |= {words[-1]} if "from" in words else set(words)
    return libraries


def template_files() -> list[tuple[str, Path]]:
    files = [(SHELL, path) for path in (ROOT / "templates").rglob("*.html")]
    for app in LAYERS:
        files += [(app, path) for path in (ROOT / app / "templates").rglob("*.html")]
    return files


def test_no_migration_depends_on_an_app_above_it(db):  # wagtail-localize reads a table on import
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    against = [
        f"{app}.{name} → {parent_app}.{parent_name}"
        for (app, name), node in graph.node_map.items()
        if app in RANK
        for parent_app, parent_name in (parent.key for parent in node.parents)
        if upward(app, parent_app)
    ]
    assert set(against) == HISTORY
    assert ("home", "0001_initial") in graph.nodes  # the graph was read


def test_no_template_loads_tags_of_an_app_above_it():
    libraries = engines["django"].engine.libraries  # name → module path, every app's and Django's
    owner = {name: path.split(".")[0] for name, path in libraries.items()}
    files = template_files()
    against = [
        f"{path.relative_to(ROOT)} loads {library} ({owner[library]})"
        for app, path in files
        for library in loaded_libraries(path.read_text())
        if upward(app, owner.get(library, ""))
    ]
    assert against == []
    assert len(files) > 50 and owner["portal_tags"] == "core"  # the templates and libraries were read
