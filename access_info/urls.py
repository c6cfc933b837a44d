from django.urls import path

from access_info import views

app_name = "access_info"

urlpatterns = [
    path("tiep-can-thong-tin/yeu-cau/", views.request_information, name="request_information"),
    path("tiep-can-thong-tin/da-gui/", views.request_sent, name="request_sent"),
    path("tiep-can-thong-tin/tra-cuu/", views.track_request, name="track_request"),
]
