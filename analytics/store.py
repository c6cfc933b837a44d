"""Where view counters live between flushes to PostgreSQL.

Two stores with one interface:
- `RedisStore` (production, `ANALYTICS_REDIS_URL`): counters survive a restart of every
  Django process and are shared by all workers; a beacon costs two round trips.
- `MemoryStore` (default for development and tests): counters live in this process and
  are lost when it stops (see docs/analytics.md for the bound).

Counters are kept per day as `{field: count}`; fields are "pv" (page views), "v" (visits),
"u" (unique visitors), "c:<content type id>.<object id>" (views of one object) and
"r:<domain>" (visits from one referring domain).
"""

import secrets
import threading
import time
from datetime import date

from analytics import conf

SALT_TTL = 2 * 24 * 3600
# A hashed visitor is remembered a little over a day: its hash changes with the daily salt anyway.
VISITOR_TTL = 26 * 3600
PREFIX = "analytics:"


class MemoryStore:
    def __init__(self):
        self._lock = threading.Lock()
        self._salts = {}
        self._seen = {}
        self._counts = {}
        self._locks = {}

    def salt(self, day: date) -> bytes:
        with self._lock:
            for old in [d for d in self._salts if (day - d).days >= 2]:
                del self._salts[old]
            return self._salts.setdefault(day, secrets.token_bytes(32))

    def touch_visitor(self, visitor: str, now: float) -> float | None:
        """Record that `visitor` was seen at `now`; return when it was seen before, if at all."""
        with self._lock:
            previous = self._seen.get(visitor)
            if previous is not None and now - previous > VISITOR_TTL:
                previous = None
            self._seen[visitor] = now
            return previous

    def add(self, day: date, fields: dict[str, int], visitor: str | None = None, now: float | None = None):
        # "Online now" reads the visitors' last-seen times, which touch_visitor already keeps.
        with self._lock:
            counts = self._counts.setdefault(day, {})
            for field, amount in fields.items():
                counts[field] = counts.get(field, 0) + amount

    def pending(self, day: date | None = None) -> dict[date, dict[str, int]]:
        with self._lock:
            return {d: dict(c) for d, c in self._counts.items() if c and (day is None or d == day)}

    def subtract(self, pending: dict[date, dict[str, int]]):
        with self._lock:
            for day, fields in pending.items():
                counts = self._counts.get(day, {})
                for field, amount in fields.items():
                    left = counts.get(field, 0) - amount
                    if left:
                        counts[field] = left
                    else:
                        counts.pop(field, None)
                if not counts:
                    self._counts.pop(day, None)

    def online(self, now: float) -> int:
        since = now - conf.get("ANALYTICS_ONLINE_WINDOW")
        with self._lock:
            return sum(1 for seen in self._seen.values() if seen >= since)

    def forget_old_visitors(self, now: float):
        with self._lock:
            self._seen = {v: seen for v, seen in self._seen.items() if now - seen <= VISITOR_TTL}

    def acquire_lock(self, name: str, ttl: float) -> bool:
        now = time.monotonic()
        with self._lock:
            if self._locks.get(name, 0) > now:
                return False
            self._locks[name] = now + ttl
            return True

    def release_lock(self, name: str):
        with self._lock:
            self._locks.pop(name, None)


# Subtracts flushed amounts and drops fields (and the day) that reach zero, atomically, so
# that views counted while a flush runs are kept for the next one.
SUBTRACT_SCRIPT = """
for i = 1, #ARGV, 2 do
    if redis.call('HINCRBY', KEYS[1], ARGV[i], -tonumber(ARGV[i + 1])) <= 0 then
        redis.call('HDEL', KEYS[1], ARGV[i])
    end
end
if redis.call('HLEN', KEYS[1]) == 0 then
    redis.call('SREM', KEYS[2], KEYS[3])
end
"""


class RedisStore:
    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._subtract = self.client.register_script(SUBTRACT_SCRIPT)
        # A day's salt never changes once set, so each process may keep its own copy.
        self._salts = {}

    def _counts_key(self, day: date) -> str:
        return f"{PREFIX}counts:{day.isoformat()}"

    def salt(self, day: date) -> bytes:
        if day not in self._salts:
            key = f"{PREFIX}salt:{day.isoformat()}"
            self.client.set(key, secrets.token_bytes(32), nx=True, ex=SALT_TTL)
            self._salts = {day: self.client.get(key)}
        return self._salts[day]

    def touch_visitor(self, visitor: str, now: float) -> float | None:
        previous = self.client.set(f"{PREFIX}seen:{visitor}", now, ex=VISITOR_TTL, get=True)
        return float(previous) if previous is not None else None

    def add(self, day: date, fields: dict[str, int], visitor: str | None = None, now: float | None = None):
        pipe = self.client.pipeline(transaction=False)
        key = self._counts_key(day)
        # Increment before registering the day: a concurrent flush can then never drop a day
        # that still holds counts (see SUBTRACT_SCRIPT).
        for field, amount in fields.items():
            pipe.hincrby(key, field, amount)
        pipe.sadd(f"{PREFIX}days", day.isoformat())
        if visitor is not None:
            pipe.zadd(f"{PREFIX}online", {visitor: now})
        pipe.execute()

    def pending(self, day: date | None = None) -> dict[date, dict[str, int]]:
        if day is None:
            days = sorted(date.fromisoformat(d.decode()) for d in self.client.smembers(f"{PREFIX}days"))
        else:
            days = [day]
        pipe = self.client.pipeline(transaction=False)
        for d in days:
            pipe.hgetall(self._counts_key(d))
        result = {}
        for d, counts in zip(days, pipe.execute(), strict=True):
            fields = {field.decode(): int(amount) for field, amount in counts.items() if int(amount) > 0}
            if fields:
                result[d] = fields
        return result

    def subtract(self, pending: dict[date, dict[str, int]]):
        for day, fields in pending.items():
            args = [item for field, amount in fields.items() for item in (field, amount)]
            self._subtract(keys=[self._counts_key(day), f"{PREFIX}days", day.isoformat()], args=args)

    def online(self, now: float) -> int:
        return self.client.zcount(f"{PREFIX}online", now - conf.get("ANALYTICS_ONLINE_WINDOW"), "+inf")

    def forget_old_visitors(self, now: float):
        self.client.zremrangebyscore(f"{PREFIX}online", "-inf", now - conf.get("ANALYTICS_ONLINE_WINDOW"))

    def acquire_lock(self, name: str, ttl: float) -> bool:
        return bool(self.client.set(f"{PREFIX}lock:{name}", 1, nx=True, px=max(int(ttl * 1000), 1)))

    def release_lock(self, name: str):
        self.client.delete(f"{PREFIX}lock:{name}")


_stores = {}


def get_store():
    """The store for the current settings, one per process (and per URL, for tests)."""
    url = conf.get("ANALYTICS_REDIS_URL")
    if url not in _stores:
        _stores[url] = RedisStore(url) if url else MemoryStore()
    return _stores[url]


def reset_stores():
    _stores.clear()
