"""The web console at /admin/: security review of audit records, overview, provider switches and keys.

Server-rendered pages (Jinja2 templates, one stylesheet, no script and nothing from a CDN) on top of the same
stores as the admin and audit APIs. It never sees raw prompt text or detected values, because the audit
records it reads hold none. See docs/console.md.
"""

from __future__ import annotations

from gateway.console.routes import router

__all__ = ["router"]
