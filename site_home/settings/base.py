"""Settings shared by every environment.

Every external service is read from an environment variable and falls back to an
embedded default, so that `make run` works on a fresh machine with nothing set:
SQLite, the database search backend and a local-memory cache.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from core.storage import media_origin, media_storages
from search.conf import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "site_home",
    "core",
    "editorial",
    "news_pages",
    "legal_docs",
    "feedback",
    "search",
    "analytics",
    "work_calendar",
    "consultations",
    "disclosure",
    "compliance",
    "components",
    "pagecache",
    "agency",
    "procedures",
    "access_info",
    "royalties",
    "accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks_db",
    "axes",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "components.users_app.SiteUsersAppConfig",  # Wagtail's users app, people of the user's sites
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Anonymous view beacons are answered before the rest of the stack (analytics/middleware.py).
    "analytics.middleware.BeaconFastPathMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.middleware.PageCacheMiddleware",
    "pagecache.middleware.SharedValuesMiddleware",
    # After the page cache: a stored page keeps the policy (and nonce) it was rendered with.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor: django-otp marks the session verified; accounts/ keeps unverified users out of the admin.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.headers.SecurityHeadersMiddleware",
    # Inside the security headers, which its 404 gets; ahead of redirects, which would follow the default site's.
    "components.middleware.UnknownHostMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: answers a locked-out login with its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Content-Security-Policy (Django's own): public pages run only the site's scripts and styles;
# inline scripts need {{ csp_nonce }}. Images may be data: URIs (the CAPTCHA), frames show the
# site's own PDFs and video embeds. The admin gets ADMIN_CSP (core/headers.py).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    # The inline scripts every page has, by their hashes (tests/core/test_headers.py fails when one
    # changes without its hash): the view beacon (analytics/templatetags/analytics_tags.py) and
    # the "js" class set in base.html's <head> before the first paint.
    "script-src": [
        CSP.SELF,
        CSP.NONCE,
        "'sha256-n6B9roeHXOUh4qbSXw+g6CNRzJF0RRsPQY9X+FuUoBg='",
        "'sha256-qOhFsq0QMV2REqNwk5hGH5bZE9SkX6gt6yeyKdYPv+U='",
    ],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", "https:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF, "https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
ADMIN_CSP_PATHS = ("/admin/",)
ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:", "https:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF, "https://releases.wagtail.org"],  # the admin's upgrade notice
    "frame-src": [CSP.SELF, "https:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
# Staff avatars would load from gravatar.com, telling it who works in the admin and when.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    'fullscreen=(self "https://www.youtube.com" "https://www.youtube-nocookie.com" "https://player.vimeo.com")'
)

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account, or
# from one address, further attempts are refused for AXES_COOLOFF_TIME, right password or not.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]  # either one reaching the limit locks
AXES_CLIENT_IP_CALLABLE = "core.http.client_ip"  # the same trusted-proxy rule as the rate limits
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "site_home/login_locked.html"
AXES_VERBOSE = False
# Two-factor authentication (accounts/, docs/deployment.md): members of these groups, and
# superusers when TWO_FACTOR_REQUIRED_FOR_SUPERUSERS, must enrol an authenticator app before
# using the admin; anyone else may enrol from the account page. Production requires it for the
# chair and site admins; locally and in tests nobody is required to.
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS")
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = env_bool("TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", False)
# The account name authenticator apps show next to the code.
OTP_TOTP_ISSUER = os.environ.get("TWO_FACTOR_ISSUER", "Sở Nội vụ")
# Password reset mails to one address per hour (three times as many requests per visitor address).
PASSWORD_RESET_LIMIT_PER_HOUR = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_HOUR", "3"))

ROOT_URLCONF = "site_home.urls"
WSGI_APPLICATION = "site_home.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, e.g. postgres://user:pass@host:5432/name. Without it, a
# SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: REDIS_URL, e.g. redis://127.0.0.1:6379/0. Without it, local memory.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # each failure is logged (logger "django_redis.cache")
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_CACHE_OPTIONS = {
    "SOCKET_CONNECT_TIMEOUT": 0.5,
    "SOCKET_TIMEOUT": 0.5,
    # Everything in the cache can be recomputed (pages, shared blocks, Wagtail's site root
    # paths, analytics displays): with Redis down or slow, reads miss, writes are dropped,
    # counters count nothing, and the site carries on from the database.
    "IGNORE_EXCEPTIONS": True,
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "sonoivu"),
            "TIMEOUT": 300,
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
    # Sessions stay in PostgreSQL and are read from Redis: every server knows every signed-in
    # user, and an evicted or lost session entry is read again from the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sonoivu",
        }
    }

# Full-page cache for anonymous visitors (pagecache/). It shares the default cache: with
# several server processes that must be Redis, or a purge reaches only one process.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_BROWSER_MAX_AGE = 60
PAGE_CACHE_FRONT_MAX_AGE = int(os.environ.get("PAGE_CACHE_FRONT_MAX_AGE", "120"))
PAGE_CACHE_MAX_SIZE = 2 * 1024 * 1024
# What many pages show (menu, sidebar blocks), kept between renders of pages the page cache
# does not hold, and purged with them (pagecache/fragments.py).
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE", True)
FRAGMENT_CACHE_TIMEOUT = PAGE_CACHE_TIMEOUT
# Search results stay uncached: each results page records a popular-search hit, and a page
# answered by the fallback backend during an outage must not outlive it.
# The only query parameters a cached page reads (pagination, the library's and Hỏi - Đáp's
# filters): others are dropped before the page renders, so they cannot multiply cache entries.
PAGE_CACHE_QUERY_PARAMS = [
    *["page", "q", "loai", "co-quan", "linh-vuc", "nam", "hieu-luc", "thanh-phan", "topic", "unit"],
    *["linh_vuc", "cap", "tuan", "trang_thai"],  # procedures, work calendar, drafts
]
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/tim-kiem/"]
# Models without drafts whose saved changes show on pages, besides snippets and settings. A
# new view restriction (Privacy: private) must take its pages out of every cache at once.
PAGE_CACHE_EXTRA_MODELS = ["wagtailcore.PageViewRestriction"]
# Paths purged from a front cache when content of a model changes (see pagecache/frontend.py).
PAGE_CACHE_FRONT_PURGE_PATHS = {
    "legal_docs.LegalDocument": ["/van-ban/"],
    "procedures.Procedure": ["/thu-tuc-hanh-chinh/"],
    "agency.Leader": ["/gioi-thieu/lanh-dao/", "/gioi-thieu/co-cau-to-chuc/", "/en/"],
    "editorial.Unit": ["/gioi-thieu/co-cau-to-chuc/", "/en/"],
}
# Front cache: FRONT_CACHE_PURGE_URL, e.g. http://127.0.0.1:8081 for nginx's purge listener.
if os.environ.get("FRONT_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONT_CACHE_PURGE_URL"],
        }
    }

# Search: ELASTICSEARCH_URL selects Elasticsearch (SEARCH_BACKEND=elasticsearch8|elasticsearch9|
# opensearch2|opensearch3, ELASTICSEARCH_INDEX_PREFIX, ELASTICSEARCH_TIMEOUT,
# ELASTICSEARCH_SEARCH_TIMEOUT); without it, the database backend. See docs/search.md.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese first; English stays possible through the translation machinery.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
# Staff work in Vietnam: the account page offers this zone only (the full list from the server's
# zoneinfo includes names like "localtime" that browsers reject, which broke the admin's script).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
USE_I18N = True
USE_TZ = True
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"

# Media: MEDIA_ROOT / MEDIA_URL for a local or mounted volume; with AWS_STORAGE_BUCKET_NAME
# (and AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), a
# private S3-compatible bucket shared by every application server (core/storage.py).
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

STORAGES = {
    **media_storages(os.environ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Renditions are what pages show: public, and linked without an expiring signature.
WAGTAILIMAGES_RENDITION_STORAGE = "public_media"
if MEDIA_ORIGIN := media_origin(os.environ):
    # Documents: Wagtail's serve view checks the item is live, then redirects to a signed URL
    # (also in the legal documents' inline viewer frame).
    WAGTAILDOCS_SERVE_METHOD = "redirect"
    SECURE_CSP["frame-src"].append(MEDIA_ORIGIN)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: EMAIL_HOST (SMTP) selects a real mailer; without it, mail goes to the console.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Trang TTĐT Sở Nội vụ <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Every message goes to the outbox (feedback/mail.py) and is sent by a task on the background
# queue through the "outgoing" mailer: EMAIL_HOST (SMTP, with a timeout on connecting and on
# each reply) or, without it, the console.
MAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
if os.environ.get("EMAIL_HOST"):
    OUTGOING_MAILER = {
        "BACKEND": "core.mail.EmailBackend",
        "OPTIONS": {
            "host": os.environ["EMAIL_HOST"],
            "port": int(os.environ.get("EMAIL_PORT", "587")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
            "timeout": MAIL_TIMEOUT,
        },
    }
else:
    OUTGOING_MAILER = {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
MAILERS = {"default": {"BACKEND": "feedback.mail.OutboxEmailBackend"}, "outgoing": OUTGOING_MAILER}

# Background tasks. "default" carries Wagtail's own (search indexing, reference index...),
# in-process. "background" carries every job of the site's own (core/background.py: mail, search
# index retries, view counter flushes, the daily and monthly jobs): in-process here, a database
# queue with one worker (`manage.py db_worker --backend background`) in production.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": os.environ.get("BACKGROUND_TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Trang Thông tin điện tử Sở Nội vụ"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Avatars are the ones users upload, never fetched from gravatar.com (government networks may be offline).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A 10 MB PNG can declare a billion pixels; decoding it for renditions would take gigabytes.
# 40 megapixels is more than any camera photo a department posts (8000 x 5000).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "40")) * 1_000_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Editorial board: docs/editorial.md explains why reviewers' edits do not restart the workflow.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Hits feed the monthly "most searched" ranking: keep a year of them.
WAGTAILSEARCH_HITS_MAX_AGE = 400

# Legal documents: every uploaded document keeps its extracted text (searchable), and uploads
# are checked for content matching the extension (legal_docs.uploads).
WAGTAILDOCS_DOCUMENT_MODEL = "legal_docs.AttachmentDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "legal_docs.uploads.AttachmentDocumentForm"

LOGIN_URL = "wagtailadmin_login"

# Editorial board: optional chat webhook (e.g. a Zalo group bot) told of submissions and decisions.
EDITORIAL_WEBHOOK_URL = os.environ.get("EDITORIAL_WEBHOOK_URL", "")
EDITORIAL_WEBHOOK_TIMEOUT = float(os.environ.get("EDITORIAL_WEBHOOK_TIMEOUT", "3"))

# Behind a reverse proxy, the request header it appends the client's address to (for example
# HTTP_X_FORWARDED_FOR); only the last address, the one the proxy saw, is trusted. Rate limits
# and visitor counts use it; without it every visitor would share the proxy's address.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Every page save logs its indexing tasks, and every mail its delivery, at INFO: keep the
        # console readable (`make run` ends with the addresses and accounts to try).
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

FORMAT_MODULE_PATH = ["core.formats"]
USE_THOUSAND_SEPARATOR = True

WAGTAILADMIN_USER_LOGIN_FORM = "site_home.forms.AdminLoginForm"

# Analytics (first-party visit statistics, docs/analytics.md): view counters wait in Redis
# (ANALYTICS_REDIS_URL, by default REDIS_URL) or, without it, in each process's memory, and
# reach PostgreSQL by a background task that the beacon queues ANALYTICS_FLUSH_INTERVAL
# seconds ahead (analytics/tasks.py).
ANALYTICS_REDIS_URL = os.environ.get("ANALYTICS_REDIS_URL", REDIS_URL)
ANALYTICS_FLUSH_INTERVAL = int(os.environ.get("ANALYTICS_FLUSH_INTERVAL", "60"))

# Working days (core/working_days.py): Vietnamese public holidays come from the `holidays`
# package; these add days it does not know yet, as ISO dates ("2026-12-31,2027-01-02").
WORKING_DAYS_EXTRA_HOLIDAYS = env_list("WORKING_DAYS_EXTRA_HOLIDAYS")
WORKING_DAYS_EXTRA_WORKDAYS = env_list("WORKING_DAYS_EXTRA_WORKDAYS")

# Hỏi - Đáp and feedback (feedback/). Contact details of closed and published items are erased
# after the retention period by `manage.py purge_personal_data` (cron, daily).
FEEDBACK_ANSWER_DEADLINE_DAYS = int(os.environ.get("FEEDBACK_ANSWER_DEADLINE_DAYS", "10"))
FEEDBACK_PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("FEEDBACK_PERSONAL_DATA_RETENTION_DAYS", "365"))
FEEDBACK_NOTIFY_EMAILS = env_list("FEEDBACK_NOTIFY_EMAILS")
# Accepted public submissions per address before a CAPTCHA is asked, and the window in seconds.
FEEDBACK_RECEIPTS_PER_ADDRESS_PER_DAY = int(os.environ.get("FEEDBACK_RECEIPTS_PER_ADDRESS_PER_DAY", "3"))
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "5"))
FEEDBACK_RATE_LIMIT_WINDOW = int(os.environ.get("FEEDBACK_RATE_LIMIT_WINDOW", "3600"))
# The program that reads the CAPTCHA's sum aloud in Vietnamese (Debian: apt-get install espeak-ng);
# when it is missing the CAPTCHA has no audio player and works as before.
CAPTCHA_SPEECH_COMMAND = os.environ.get("CAPTCHA_SPEECH_COMMAND", "espeak-ng")
# Spoken sums one address may fetch within FEEDBACK_RATE_LIMIT_WINDOW (each runs espeak-ng).
CAPTCHA_AUDIO_LIMIT = int(os.environ.get("CAPTCHA_AUDIO_LIMIT", "20"))

# Tiếp cận thông tin (access_info/): information requests are answered within this many working
# days (Law 104/2016/QH13 art. 28), and their staff notices go to these addresses.
ACCESS_INFO_ANSWER_DEADLINE_DAYS = int(os.environ.get("ACCESS_INFO_ANSWER_DEADLINE_DAYS", "10"))
ACCESS_INFO_NOTIFY_EMAILS = env_list("ACCESS_INFO_NOTIFY_EMAILS") or FEEDBACK_NOTIFY_EMAILS
# Ratings of articles, documents and pages accepted per address within that window (a reader
# may rate many items; past the limit further ratings are refused until the window ends).
FEEDBACK_CONTENT_RATING_LIMIT = int(os.environ.get("FEEDBACK_CONTENT_RATING_LIMIT", "30"))

# Tự kiểm tra tuân thủ (compliance/checks.py): days after which an item counts as not updated,
# per requirement key, over the defaults there; e.g. {"work_calendar": 7, "legal_documents": 60}.
COMPLIANCE_STALE_DAYS = {}
# Theo dõi trang thành phần (components/monitoring.py): the province's monitoring platform reads
# /api/v1/components/ with "Authorization: Bearer <token>"; empty: only signed-in platform admins.
MONITORING_API_TOKEN = os.environ.get("MONITORING_API_TOKEN", "")
# How long each site's compliance self-check result is reused on that screen and in that API.
COMPONENT_MONITOR_COMPLIANCE_SECONDS = int(os.environ.get("COMPONENT_MONITOR_COMPLIANCE_SECONDS", "900"))
