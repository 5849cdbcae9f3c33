"""Fills the @NAME@ placeholders of a configuration template from the environment.

``python site/render.py TEMPLATE OUTPUT``: nginx and Varnish use ``$`` for their own
variables, hence ``@NAME@``. A placeholder with no environment variable is an error, so
a half-configured file is never written.
"""

import os
import re
import sys

PLACEHOLDER = re.compile(r"@([A-Z][A-Z0-9_]*)@")


def render(text: str, env) -> str:
    missing = sorted({name for name in PLACEHOLDER.findall(text) if name not in env})
    if missing:
        raise SystemExit(f"render.py: set {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda match: env[match.group(1)], text)


if __name__ == "__main__":
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8") as template:
        rendered = render(template.read(), os.environ)
    with open(target, "w", encoding="utf-8") as output:
        output.write(rendered)
