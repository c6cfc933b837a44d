from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as serve_document

from legal_docs.sitemaps import LegalDocumentSitemap
from site_home import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # A document's page shows its PDF inline in an <iframe>: only files may be framed, by this site only.
    re_path(r"^documents/(\d+)/(.*)$", xframe_options_sameorigin(serve_document), name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap, "documents": LegalDocumentSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("", include("search.urls")),
    path("", include("legal_docs.urls")),
    path("", include("feedback.urls")),
    path("", include("analytics.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [
        path("404/", TemplateView.as_view(template_name="404.html")),
        path("500/", TemplateView.as_view(template_name="500.html")),
    ]

urlpatterns += [path("", include(wagtail_urls))]

handler500 = "site_home.views.server_error"
