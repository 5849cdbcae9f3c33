"""Error pages that still look like the portal and speak the visitor's language."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Rendered without a request context: the error may come from a context processor."""
    return HttpResponseServerError(loader.get_template("500.html").render())
