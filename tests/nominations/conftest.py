"""The intranet's organisation (units, members, records) serves the nomination tests too."""

from tests.intranet.conftest import org  # noqa: F401 - the module-scoped fixture, shared
