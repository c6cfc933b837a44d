from django.urls import path

from legal_docs import views

app_name = "legal_docs"

urlpatterns = [
    path("van-ban/", views.library, name="library"),
    path("van-ban/<slug:slug>/", views.detail, name="detail"),
]
