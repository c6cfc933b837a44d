"""Where view counters live between flushes to PostgreSQL.

Two stores with one interface:
- `RedisStore` (production, `ANALYTICS_REDIS_URL`): counters survive a restart of every
  Django process and are shared by all workers; a beacon costs one round trip (a Lua script).
- `MemoryStore` (default for development and tests): counters live in this process and
  are lost when it stops (see docs/analytics.md for the bound).

Who is online is kept per site (the visitors seen within ANALYTICS_ONLINE_WINDOW). Counters are
kept per day as `{field: count}`; fields are "<site id>|<counter>", the counter being
"pv" (page views), "v" (visits), "u" (unique visitors), "c:<content type id>.<object id>" (views
of one object) or "r:<domain>" (visits from one referring domain). An empty site id, or a field
without one (counted before sites were counted apart), is the default site's.
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
        self._online = {}
        self._locks = {}

    def salt(self, day: date) -> bytes:
        with self._lock:
            for old in [d for d in self._salts if (day - d).days >= 2]:
                del self._salts[old]
            return self._salts.setdefault(day, secrets.token_bytes(32))

    def record(self, day: date, visitor: str, now: float, always, per_visit, per_new_visitor, site_id=""):
        """Count `always` fields, `per_visit` ones if this starts a visit, `per_new_visitor` ones
        if the visitor is new today; remember the visitor as seen `now`, online on `site_id`."""
        with self._lock:
            previous = self._seen.get(visitor)
            if previous is not None and now - previous > VISITOR_TTL:
                previous = None  # as if expired, like the Redis key
            self._seen[visitor] = now
            self._online.setdefault(site_id, {})[visitor] = now
            fields = list(always)
            if previous is None or now - previous > conf.get("ANALYTICS_VISIT_TIMEOUT"):
                fields += per_visit
                if previous is None:
                    fields += per_new_visitor
            counts = self._counts.setdefault(day, {})
            for field in fields:
                counts[field] = counts.get(field, 0) + 1

    def add(self, day: date, fields: dict[str, int]):
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

    def online(self, now: float, site_id="") -> int:
        since = now - conf.get("ANALYTICS_ONLINE_WINDOW")
        with self._lock:
            return sum(1 for seen in self._online.get(site_id, {}).values() if seen >= since)

    def forget_old_visitors(self, now: float):
        since = now - conf.get("ANALYTICS_ONLINE_WINDOW")
        with self._lock:
            self._seen = {v: seen for v, seen in self._seen.items() if now - seen <= VISITOR_TTL}
            self._online = {
                site: {v: seen for v, seen in visitors.items() if seen >= since}
                for site, visitors in self._online.items()
            }

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


# MemoryStore.record in Lua. ARGV: now, visitor TTL, visit timeout, day, visitor, the number of
# always / per-visit / per-new-visitor fields, then those fields in that order.
RECORD_SCRIPT = """
local now = tonumber(ARGV[1])
local previous = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
local last = 8 + tonumber(ARGV[6])
if not previous or now - tonumber(previous) > tonumber(ARGV[3]) then
    last = last + tonumber(ARGV[7])
    if not previous then
        last = last + tonumber(ARGV[8])
    end
end
for i = 9, last do
    redis.call('HINCRBY', KEYS[2], ARGV[i], 1)
end
redis.call('SADD', KEYS[3], ARGV[4])
redis.call('ZADD', KEYS[4], now, ARGV[5])
"""

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
        self._record = self.client.register_script(RECORD_SCRIPT)
        self._subtract = self.client.register_script(SUBTRACT_SCRIPT)
        # A day's salt never changes once set, so each process may keep its own copy.
        self._salts = {}

    def _counts_key(self, day: date) -> str:
        return f"{PREFIX}counts:{day.isoformat()}"

    def salt(self, day: date) -> bytes:
        if day not in self._salts:
            # The first process to ask sets the day's salt; the others get that one back.
            candidate = secrets.token_bytes(32)
            existing = self.client.set(f"{PREFIX}salt:{day.isoformat()}", candidate, nx=True, ex=SALT_TTL, get=True)
            self._salts = {day: existing or candidate}
        return self._salts[day]

    def record(self, day: date, visitor: str, now: float, always, per_visit, per_new_visitor, site_id=""):
        """As MemoryStore.record, in one atomic round trip."""
        self._record(
            keys=[f"{PREFIX}seen:{visitor}", self._counts_key(day), f"{PREFIX}days", f"{PREFIX}online:{site_id}"],
            args=[
                repr(now),
                VISITOR_TTL,
                conf.get("ANALYTICS_VISIT_TIMEOUT"),
                day.isoformat(),
                visitor,
                len(always),
                len(per_visit),
                len(per_new_visitor),
                *always,
                *per_visit,
                *per_new_visitor,
            ],
        )

    def add(self, day: date, fields: dict[str, int]):
        pipe = self.client.pipeline(transaction=False)
        # Increment before registering the day: a concurrent flush can then never drop a day
        # that still holds counts (see SUBTRACT_SCRIPT).
        for field, amount in fields.items():
            pipe.hincrby(self._counts_key(day), field, amount)
        pipe.sadd(f"{PREFIX}days", day.isoformat())
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

    def online(self, now: float, site_id="") -> int:
        return self.client.zcount(f"{PREFIX}online:{site_id}", now - conf.get("ANALYTICS_ONLINE_WINDOW"), "+inf")

    def forget_old_visitors(self, now: float):
        # Every site's set, and the one set of the releases that counted all sites together.
        for key in self.client.scan_iter(match=f"{PREFIX}online*"):
            self.client.zremrangebyscore(key, "-inf", now - conf.get("ANALYTICS_ONLINE_WINDOW"))

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
