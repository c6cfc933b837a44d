from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from open_data.api import api as open_data_api
from site_home import views
from site_home.password_reset import ThrottledPasswordResetView

urlpatterns = [
    # Before Wagtail's admin URLs, so this rate-limited view answers the same address.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    # Wagtail's reports narrowed to the user's sites, at Wagtail's own addresses (components.admin_scope).
    path("admin/", include("components.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("api/v1/", open_data_api.urls),
    path("", include("search.urls")),
    path("", include("legal_docs.urls")),
    path("", include("feedback.urls")),
    path("", include("access_info.urls")),
    path("", include("analytics.urls")),
    path("", include("work_calendar.urls")),
    path("", include("consultations.urls")),
    path("", include("disclosure.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Images only: documents go through Wagtail's serve view, which hides unpublished attachments.
    for folder in ("images", "original_images"):
        urlpatterns += static(f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder)
    urlpatterns += [
        path("404/", TemplateView.as_view(template_name="404.html")),
        path("500/", TemplateView.as_view(template_name="500.html")),
    ]

urlpatterns += [path("", include(wagtail_urls))]

handler500 = "site_home.views.server_error"
