#pragma once

#include "criticalpath.h"
#include "spangroups.h"
#include "spantree.h"

#include <QString>

#include <cstdint>

namespace eg::analysis {

// What a trace says in plain words, for the top of its page: how long it took and what
// it was waiting on (from the critical path), and the repeated work that autogrouping
// found, if any is large enough to matter. Names are quoted in `backticks`.
class TraceInsights
{
public:
    // A service, op or span must hold this share of the trace to be named as the cause.
    static constexpr double kNotableShare = 0.2;
    // Repeated sibling spans are named from this share of the trace on.
    static constexpr double kNotableRepeatShare = 0.1;

    TraceInsights(const SpanTree &tree, const SpanGroups &groups, const CriticalPath &path);

    // "`GET /api/orders` took 830 ms; 610 ms of it was waiting on `payments-api`."
    QString headline() const { return m_headline; }
    // "62% of the trace went to 40 repeated `db.query SELECT …` spans under
    // `OrdersService.load`." Empty when there is no such run.
    QString repeatedWork() const { return m_repeatedWork; }
    // The sibling run repeatedWork() describes, or -1.
    int32_t repeatedGroup() const { return m_repeatedGroup; }

private:
    QString m_headline;
    QString m_repeatedWork;
    int32_t m_repeatedGroup = -1;
};

} // namespace eg::analysis
