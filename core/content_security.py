"""The Content-Security-Policy: enforced on the public site, report-only in the admin.

django-csp sends ``CONTENT_SECURITY_POLICY`` on every response except under its
``EXCLUDE_URL_PREFIXES`` (the admin, see settings), and ``CONTENT_SECURITY_POLICY_REPORT_ONLY``
on every response. The public templates carry no inline script or style (a test scans
them), so the public site enforces a policy without 'unsafe-inline'. The admin's code is
Wagtail's (and its plugins'), not ours to vouch for, so there the same policy is only
reported (in the browser's console) until it is known to hold: this subclass keeps the
report-only header to the admin, where the enforced one is not sent.
"""

from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"  # config/urls.py


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only and not request.path_info.startswith(ADMIN_PREFIX):
            parts.config = {}  # an empty policy: no report-only header where the policy is enforced
        return parts
