from django.urls import include, path

from tests.pagecache import views

urlpatterns = [
    path("units/", views.units),
    path("topics/", views.topics),
    path("language/", views.language),
    path("form/", views.form),
    path("cookie/", views.cookie),
    path("", include("site_home.urls")),
]
