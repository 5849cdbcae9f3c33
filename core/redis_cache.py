"""Django's Redis cache, with one Redis client per server instead of one per operation.

``django.core.cache.backends.redis.RedisCacheClient.get_client`` builds a new
``redis.Redis`` for every get and set. The connection comes from a shared pool, but
redis-py's constructor fills a table of about 170 response callbacks each time: about a
millisecond of CPU per cache operation, a fifth of a public page's time when it was
measured (bench/profile_pages.py). A ``redis.Redis`` is safe to share between threads (each
command takes a connection from the pool), so one per pool is enough.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client


class SharedClientRedisCache(RedisCache):
    """``BACKEND`` for ``CACHES``: Django's ``RedisCache`` with ``SharedClientRedisCacheClient``."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
