"""Local development: DEBUG on, a throwaway secret, any local host."""

from .base import *  # noqa: F403
from .base import env_bool, os

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
# ".localhost" is localhost and every component site on it (sonoivu.localhost: browsers resolve *.localhost here).
ALLOWED_HOSTS = ["127.0.0.1", ".localhost", "[::1]", "testserver"]

# Mail (the demo workflow's notifications included) is written to files under mail_outbox/ rather
# than printed on the console, where it would bury `make run`'s addresses and accounts.
if not os.environ.get("EMAIL_HOST"):
    MAILERS = {
        **MAILERS,  # noqa: F405  (every message still goes through the outbox and the queue)
        "outgoing": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "mail_outbox"))},  # noqa: F405
        },
    }
