#pragma once

#include "models/store/tracedata.h"

#include <string_view>

// Small hand-made traces for the span tree, autogrouping, gap and critical path tests.
// Times are milliseconds from 0; ids are small numbers.
class TestTraceBuilder
{
public:
    TestTraceBuilder &span(uint64_t id, uint64_t parent, std::string_view name, int64_t startMs,
                           int64_t endMs, std::string_view service = "web",
                           std::string_view op = "")
    {
        eg::store::TraceSpan s;
        s.rowId = int64_t(m_trace.spans.size()) + 1;
        s.spanId = id;
        s.parentId = parent;
        s.startNs = startMs * 1'000'000;
        s.endNs = endMs * 1'000'000;
        s.name = intern(name);
        s.service = intern(service);
        s.op = intern(op);
        m_trace.spans.push_back(s);
        return *this;
    }
    eg::store::TraceData take() { return std::move(m_trace); }

private:
    int32_t intern(std::string_view text)
    {
        if (text.empty())
            return 0;
        for (size_t i = 0; i < m_trace.strings.size(); ++i)
            if (m_trace.strings[i] == text)
                return int32_t(i);
        m_trace.strings.emplace_back(text);
        return int32_t(m_trace.strings.size() - 1);
    }

    eg::store::TraceData m_trace;
};
