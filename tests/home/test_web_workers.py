"""The gunicorn workers' settings (site/gunicorn.conf.py) that the stack tests cannot see."""

import gc
import runpy
from pathlib import Path

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "site" / "gunicorn.conf.py"


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_loaded_worker_exempts_what_loading_made_from_full_collections(unfrozen):
    """A full collection walks every object of the process: 110 ms a time once Django and
    Wagtail are loaded, added to whichever request it falls on. Frozen, they are skipped,
    the URLconf's views and hooks among them."""
    settings = runpy.run_path(str(CONFIG))
    assert gc.get_freeze_count() == 0

    settings["post_worker_init"](worker=None)

    assert gc.get_freeze_count() > 10_000
    assert len(gc.get_objects()) < gc.get_freeze_count() / 10, "what is left to collect is what requests make"
