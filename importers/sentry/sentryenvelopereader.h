#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace eg::importers {

// The framing of a Sentry envelope (SENTRY.md §1.1): a header line, then items, each an
// item-header line and a payload. With `length` the payload is exactly that many bytes
// (binary-safe, newlines included); without it the payload runs to the next newline or
// the end. Blank lines between items are skipped; the last newline is optional.
//
// Hand-edited files declare lengths that run past the end or stop short of a newline
// (SENTRY.md §1.1 Gotcha, §9.12): such a payload is read to the next newline instead and
// the item is flagged, not the envelope refused. Payloads are handed out as they are;
// decompressing or parsing them is the caller's business.
class SentryEnvelopeReader
{
public:
    struct Item
    {
        std::string type; // "" when the header has none
        std::string_view header; // the item-header line, JSON
        std::string_view payload;
        int64_t headerOffset = 0; // bytes from the start of the envelope
        int64_t payloadOffset = 0;
        int64_t declaredLength = -1; // -1: no `length`
        bool lengthMismatch = false; // `length` did not fit: read to the newline instead
    };

    // Reads the envelope header line; throws ImportError when it is not a JSON object.
    explicit SentryEnvelopeReader(std::string_view data);
    SentryEnvelopeReader(const SentryEnvelopeReader &) = delete;
    SentryEnvelopeReader &operator=(const SentryEnvelopeReader &) = delete;

    std::string_view header() const { return m_header; }
    // The envelope header's `event_id`, empty when it has none.
    const std::string &eventId() const { return m_eventId; }
    // The header's `sdk.name` and the trace id of its dynamic sampling context
    // (`trace.trace_id`, SENTRY.md §1.2); empty when it has none.
    const std::string &sdkName() const { return m_sdkName; }
    const std::string &traceId() const { return m_traceId; }
    // The rest of the dynamic sampling context an error event may leave out.
    const std::string &replayId() const { return m_replayId; }
    const std::string &release() const { return m_release; }
    const std::string &environment() const { return m_environment; }

    // The next item; false at the end. Throws ImportError when an item header is not a
    // JSON object or its `length` is not a non-negative integer.
    bool next(Item *item);
    int64_t offset() const { return int64_t(m_pos); }
    int64_t size() const { return int64_t(m_data.size()); }

    // For probes: does this head start like an envelope? 0..100.
    static int probe(std::string_view head);

private:
    // Parses one header line as a JSON object; `what` names it in errors.
    simdjson::ondemand::object parseLine(std::string_view line, int64_t offset, const char *what);
    std::string_view lineAt(size_t pos, size_t *next) const;

    std::string_view m_data;
    size_t m_pos = 0;
    std::string_view m_header;
    std::string m_eventId;
    std::string m_sdkName;
    std::string m_traceId;
    std::string m_replayId;
    std::string m_release;
    std::string m_environment;
    std::string m_lineBuffer; // one header line with simdjson's padding
    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_document;
};

} // namespace eg::importers
