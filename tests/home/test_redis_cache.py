"""The Redis cache builds one client per server, not one per operation (core/redis_cache.py)."""

import os

import pytest
import redis

from core.redis_cache import SharedClientRedisCache

REDIS_URL = "redis://127.0.0.1:6379/1"


@pytest.fixture
def shared_cache():
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI"):
            raise  # CI has Redis on this address (.ci/run): its absence is a failure, not a skip
        pytest.skip("no Redis on 127.0.0.1:6379 (a laptop without it; CI runs this test)")
    cache = SharedClientRedisCache(REDIS_URL, {"KEY_PREFIX": "test-redis-cache"})
    yield cache
    cache.delete_many([f"key-{number}" for number in range(20)])  # not clear(): the database may be shared


def test_every_operation_uses_the_same_client_and_still_reads_what_it_wrote(shared_cache, monkeypatch):
    built = []
    original_init = redis.Redis.__init__

    def counting_init(self, *args, **kwargs):
        built.append(self)
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "__init__", counting_init)
    for number in range(20):
        shared_cache.set(f"key-{number}", {"number": number})
        assert shared_cache.get(f"key-{number}") == {"number": number}
    assert shared_cache.get("missing", "default") == "default"
    assert len(built) == 1  # Django's own RedisCache builds one per call: 41 here
