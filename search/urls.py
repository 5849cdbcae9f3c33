"""Included under each language prefix: /vi/tim-kiem/, /en/tim-kiem/."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.search, name="site_search"),
    path("goi-y/", views.suggestions, name="site_search_suggestions"),
]
