"""site/backup.sh: a backup restored into an empty database and empty folders gives the same pages."""

import subprocess

import pytest

pytestmark = pytest.mark.stack


def psql(*args):
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", *args], check=True, capture_output=True
    )


def test_backup_then_restore_into_an_empty_database_gives_the_same_pages(stack, tmp_path):
    # Both copies rendered with a cold local-memory cache: what the pages show must not
    # depend on what a shared cache happens to hold.
    stack.extra_env["REDIS_URL"] = ""
    try:
        original = stack.action("render")
    finally:
        stack.extra_env.pop("REDIS_URL")
    backup = stack.run("site/backup.sh", "backup", str(tmp_path / "backups")).stdout.strip().splitlines()[-1]

    psql("-c", "DROP DATABASE IF EXISTS thidua_stack_restore")
    psql("-c", "CREATE DATABASE thidua_stack_restore")
    restored_env = {
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/thidua_stack_restore",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
        "REDIS_URL": "",
    }
    stack.extra_env.update(restored_env)
    try:
        stack.run("site/backup.sh", "restore", backup)
        with pytest.raises(subprocess.CalledProcessError):  # never over a database in use
            stack.run("site/backup.sh", "restore", backup)
        restored = stack.action("render")
    finally:
        for key in restored_env:
            stack.extra_env.pop(key)
        psql("-c", "DROP DATABASE IF EXISTS thidua_stack_restore")

    assert len(original) > 10
    assert restored == original
    assert {status for status, _ in original.values()} == {200}
