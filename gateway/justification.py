"""The reason a client gives in `x-dlp-justification`, as the audit log keeps it.

The reason is free text from the client, kept for auditors, so it gets every check a prompt gets before it is
stored: the detectors (personal data, classification markings), the term lists that apply to the sender's
department, and the registered confidential documents. Whatever they find is replaced by its type (`<KR_RRN>`,
`<INTERNAL_TERM>`, `<CONFIDENTIAL_DOCUMENT>`). A check that cannot run (the document index is unreachable) raises,
and the request fails as it would for its prompt: nothing unchecked is stored, and nothing is forwarded.
"""

from __future__ import annotations

from detectors import Finding
from detectors.report import redact
from gateway.services import Services
from gateway.types import TextSlot

__all__ = ["redact_justification"]


async def redact_justification(svc: Services, text: str, department: str | None) -> str:
    """`text` with everything the prompt checks would find in it replaced by its type."""
    findings = list(svc.engine.scan(text))
    if lists := svc.terms.lists_for(department):
        findings.extend(svc.terms.find(text, lists))
    for f in await svc.documents.find([TextSlot("justification", text)], svc.audit.hmac_key):
        findings.append(Finding(f.entity, f.start, f.end, f.score, f.recognizer, f.validated))
    return redact(text, findings)
