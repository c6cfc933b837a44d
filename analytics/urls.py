from django.urls import path

from analytics import views

app_name = "analytics"
urlpatterns = [path("thong-ke/ghi-nhan/", views.record_view, name="record_view")]
