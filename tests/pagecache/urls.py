from django.urls import include, path

from tests.pagecache import views

urlpatterns = [
    path("units/", views.units),
    path("topics/", views.topics),
    path("undeclared-units/", views.undeclared_units),
    path("language/", views.language),
    path("form/", views.form),
    path("cookie/", views.cookie),
    path("", include("site_home.urls")),
]
