#pragma once

#include <QString>

#include <cstdint>

namespace eg::testsupport {

// A cache of error events shaped like the Sentry node SDK's real ones
// (../shared/fixtures/sentry-sdk/node-run1/0006_event.envelope and 0007_event.envelope):
// chained exceptions with context lines, library frames around the app's own, breadcrumbs,
// tags and contexts. What it holds:
// - PaymentDeclinedError "Checkout failed: payment provider declined the charge", caused by
//   a RangeError, 3 times (at kFirstSeconds, +60 s, +120 s); the first two during a trace
//   (kCheckoutTrace, then kOtherTrace), the last with no trace.
// - TypeError "Cannot read receipt: …", once, during kCheckoutTrace: 7 library frames
//   below 2 of the app's.
// - A message event (no exception) "inventory sync lagging by 12 minutes", twice.
class TestErrorEvents
{
public:
    static constexpr int64_t kFirstSeconds = 1'795'547'564; // 2026-11-24 19:12:44 UTC
    static constexpr const char *kCheckoutTrace = "6d12df59fd034aec889a4b6d9cdf1b51";
    static constexpr const char *kCheckoutSpan = "bfc9afbfa571d21a";
    static constexpr const char *kOtherTrace = "0a3c5e7f9b1d2f4a6c8e0b2d4f6a8c0e";
    static constexpr int kGroups = 3;
    static constexpr int kEvents = 6;

    // Writes them as the import of one source "node-run1.envelope"; returns its source id.
    static int64_t write(const QString &cachePath);
};

} // namespace eg::testsupport
