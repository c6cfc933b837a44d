from django.urls import path

from disclosure import views

app_name = "disclosure"

urlpatterns = [
    path("cong-khai/", views.overview, name="overview"),
    path("cong-khai/<slug:kind>/", views.kind_list, name="kind"),
    path("cong-khai/<slug:kind>/<int:pk>-<slug:slug>/", views.detail, name="detail"),
    path("cong-khai/<slug:kind>/<int:pk>/", views.detail, name="detail_short"),
]
