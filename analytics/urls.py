from django.urls import path

from analytics import views

app_name = "analytics"
urlpatterns = [
    path("thong-ke/ghi-nhan/", views.record_view, name="record_view"),
    path("thong-ke/so-lieu/", views.visit_stats, name="visit_stats"),
]
