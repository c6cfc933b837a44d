from django.urls import path

from legal_docs import views

app_name = "legal_docs"

urlpatterns = [
    path("van-ban/", views.library, name="library"),
    path("van-ban/<slug:slug>/", views.detail, name="detail"),
    path("van-ban/<slug:slug>/xem/<int:document_id>/", views.view_attachment, name="view_attachment"),
]
