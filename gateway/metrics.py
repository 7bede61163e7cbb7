"""Prometheus metrics, one registry per app (no global state): requests, decisions, latencies."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

__all__ = ["Metrics"]

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "dlpgate_requests", "Requests by endpoint and HTTP status.", ["endpoint", "status"], registry=self.registry
        )
        self.decisions = Counter(
            "dlpgate_decisions", "Decisions by outcome and code.", ["decision", "code"], registry=self.registry
        )
        self.entities = Counter(
            "dlpgate_findings", "Findings acted on, by entity type.", ["entity"], registry=self.registry
        )
        self.scan_seconds = Histogram(
            "dlpgate_scan_seconds", "Detection time per request.", buckets=_LATENCY_BUCKETS, registry=self.registry
        )
        self.upstream_seconds = Histogram(
            "dlpgate_upstream_seconds",
            "Upstream time to headers (stream) or full reply.",
            ["provider"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.request_seconds = Histogram(
            "dlpgate_request_seconds",
            "Gateway time per request, upstream included.",
            ["endpoint"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.audit_lost = Gauge(
            "dlpgate_audit_completion_failures",
            "Audit completion updates that could not be written.",
            registry=self.registry,
        )
        self.providers_enabled = Gauge(
            "dlpgate_provider_enabled",
            "1 when a provider entry is enabled and usable.",
            ["provider"],
            registry=self.registry,
        )
        self.upstream_streams_open = Gauge(
            "dlpgate_upstream_streams_open",
            "Streams open to a provider right now; it returns to 0 when clients finish or leave.",
            registry=self.registry,
        )
        self.change_feed_live = Gauge(
            "dlpgate_change_feed_live",
            "1 while this replica hears changes through Redis pub/sub; 0 while it polls the database instead.",
            registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
