"""Where uploads live, built from the environment by site_home/settings/base.py.

Kept free of Django imports so that settings can call it.

- No AWS_STORAGE_BUCKET_NAME: the local filesystem under MEDIA_ROOT (a local or mounted volume).
- AWS_STORAGE_BUCKET_NAME set: an S3-compatible bucket through django-storages, so that every
  application server sees the same files. The bucket stays private: a document is reached only
  through Wagtail's serve view, which checks that an item showing it is live and then redirects
  to a URL signed for a few minutes (S3_QUERYSTRING_EXPIRE); original images are private too.
  Image renditions, which pages show, go to "public_media" (WAGTAILIMAGES_RENDITION_STORAGE):
  written with a public-read ACL and linked without a signature, so that a cached page keeps
  working links for as long as it is cached.
"""

from urllib.parse import urlsplit

FILESYSTEM = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
S3_BACKEND = "storages.backends.s3.S3Storage"


def s3_options(env):
    """Options shared by the private and the public storage; keys come from AWS_ACCESS_KEY_ID /
    AWS_SECRET_ACCESS_KEY, which django-storages and boto3 read themselves."""
    endpoint = env.get("AWS_S3_ENDPOINT_URL", "").strip() or None
    return {
        "bucket_name": env["AWS_STORAGE_BUCKET_NAME"].strip(),
        "endpoint_url": endpoint,
        "region_name": env.get("AWS_S3_REGION_NAME", "").strip() or None,
        # MinIO and most self-hosted stores want bucket names in the path, not in the host.
        "addressing_style": env.get("AWS_S3_ADDRESSING_STYLE", "path" if endpoint else "auto"),
        "signature_version": "s3v4",
        # Wagtail names files itself and expects a clash to get a new name, never to replace a file.
        "file_overwrite": False,
        "location": env.get("AWS_LOCATION", "").strip(),
    }


def media_storages(env):
    """The "default" and "public_media" entries of STORAGES for an environment mapping (os.environ)."""
    if not env.get("AWS_STORAGE_BUCKET_NAME", "").strip():
        return {"default": dict(FILESYSTEM), "public_media": dict(FILESYSTEM)}
    options = s3_options(env)
    return {
        "default": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **options,
                "default_acl": None,  # the bucket's own: private
                "querystring_auth": True,
                "querystring_expire": int(env.get("S3_QUERYSTRING_EXPIRE", "300")),
            },
        },
        "public_media": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **options,
                # Empty where the store refuses ACLs (AWS "bucket owner enforced", MinIO): a bucket
                # policy then grants anonymous reads of the renditions' prefix instead.
                "default_acl": env.get("S3_PUBLIC_ACL", "public-read").strip() or None,
                "querystring_auth": False,
                "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN", "").strip() or None,
            },
        },
    }


def media_origin(env):
    """The origin documents are redirected to, for the CSP's frame-src (the inline PDF viewer);
    None when files are served by this site itself."""
    if not env.get("AWS_STORAGE_BUCKET_NAME", "").strip():
        return None
    endpoint = env.get("AWS_S3_ENDPOINT_URL", "").strip()
    if endpoint:
        parts = urlsplit(endpoint)
        return f"{parts.scheme}://{parts.netloc}"
    return "https://*.amazonaws.com"
