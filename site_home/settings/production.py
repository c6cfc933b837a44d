"""Production: refuses to start without SECRET_KEY and ALLOWED_HOSTS."""

from django.core.exceptions import ImproperlyConfigured

from core.storage import media_storages

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, MAIL_TIMEOUT, MAILERS, SECRET_KEY, TASKS, env_bool, env_list, os

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

DEBUG = False
STORAGES = {
    **media_storages(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Accounts that can publish sign in with a second factor: the board chair and the site admins
# (group names from editorial/roles.py), and superusers. Set TWO_FACTOR_REQUIRED_GROUPS to change.
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", "Trưởng Ban Biên tập,Quản trị trang")
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = env_bool("TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", True)

if not os.environ.get("EMAIL_HOST"):
    # A server's local MTA; set EMAIL_HOST to relay through the province's mail server instead.
    MAILERS["outgoing"] = {
        "BACKEND": "core.mail.EmailBackend",
        "OPTIONS": {"host": "localhost", "port": 25, "timeout": MAIL_TIMEOUT},
    }
# Mail waits in a PostgreSQL queue for `manage.py db_worker`, never in a request.
TASKS["background"]["BACKEND"] = os.environ.get("BACKGROUND_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
