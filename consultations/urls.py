from django.urls import path

from consultations import views

app_name = "consultations"

urlpatterns = [
    path("du-thao/", views.draft_list, name="list"),
    path("du-thao/<int:pk>-<slug:slug>/", views.draft_detail, name="detail"),
    path("du-thao/<int:pk>/", views.draft_detail, name="detail_short"),
    path("du-thao/<int:pk>/gop-y/", views.comment, name="comment"),
]
