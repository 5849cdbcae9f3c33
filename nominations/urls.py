"""Public addresses of the nominations app: the certificate's verification page."""

from django.urls import path

from .verification import verify_award

urlpatterns = [
    path("<str:code>/", verify_award, name="award_verification"),
]
