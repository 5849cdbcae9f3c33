"""The public verification page a certificate's QR code opens: /vi/xac-minh/<code>/.

Shows the honouree's public fields (name, position, unit, award) and the decision
(number, date, issuing body) of a valid register record, and nothing else. A code that
matches no record, or a revoked one, gets the same plain answer: it cannot be verified
(no personal data, no hint whether it ever existed; the page is not indexed), with the
status 404 so that a program reading the address (a scanner app, a link checker) knows too. The page is never kept
by a shared cache (``Cache-Control: private, no-store``), so a revocation shows at once,
even behind Varnish; revoking also purges the address (``nominations.register``).
"""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .models import CODE_ALPHABET, CODE_LENGTH, AwardRecord


def looks_like_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(letter in CODE_ALPHABET for letter in code)


@require_safe
@never_cache
def verify_award(request, code: str):
    code = code.strip().lower()
    record = None
    if looks_like_code(code):
        record = (
            AwardRecord.objects.valid()
            .select_related("award_type", "unit", "decision__issuing_body")
            .filter(verification_code=code)
            .first()
        )
    response = render(
        request, "nominations/verification.html", {"record": record}, status=200 if record else 404
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
