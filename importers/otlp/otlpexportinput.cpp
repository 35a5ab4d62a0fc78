#include "otlpexportinput.h"

#include "importers/common/importcontext.h"
#include "importers/common/importerregistry.h"
#include "importers/common/importerror.h"
#include "importers/common/inputstream.h"
#include "importers/common/jsonnesting.h"
#include "importers/common/linereader.h"

#include <algorithm>
#include <string>

namespace eg::importers {

namespace {

// A single OTLP document is read whole (On-Demand needs a document in one piece); this
// bounds the memory a hostile or mistaken input can claim. simdjson indexes at most 4 GiB.
constexpr size_t kMaxTextBytes = size_t(3) << 30;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// True when the first line of `text` is one complete JSON value and more text follows:
// JSON lines, one export request per line, as the Collector's file exporter writes them.
// Only the first line is scanned, so a pretty-printed document ("{" alone on its first
// line) costs nothing.
bool isJsonLines(std::string_view text)
{
    const size_t newline = text.find('\n');
    if (newline == std::string_view::npos)
        return false;
    JsonNesting nesting;
    bool closed = false;
    for (size_t i = 0; i < newline; ++i) {
        const char c = text[i];
        if (closed) {
            if (!isSpace(c))
                return false;
        } else if (nesting.step(c) && nesting.depth() == 0) {
            closed = true;
        }
    }
    if (!closed)
        return false;
    return std::any_of(text.begin() + std::ptrdiff_t(newline), text.end(),
                       [](char c) { return !isSpace(c); });
}

// The start of the input, far enough to hold its first line when that is at most 16 MiB
// long: the Collector writes a batch of thousands of spans per line. Looks further only
// while the first line goes on, so that small inputs (and tests reading a few bytes at a
// time) peek no more than the registry did.
std::string_view headWithFirstLine(InputStream &input)
{
    size_t n = ImporterRegistry::kProbeBytes;
    std::string_view head = input.peek(n);
    while (head.size() == n && head.find('\n') == std::string_view::npos && n < (16u << 20)) {
        n *= 16;
        head = input.peek(n);
    }
    return head;
}

// One export request of a JSON-lines file; places in the line become the line's number.
void readLine(std::string_view text, int64_t lineNumber, std::string &padded,
              OtlpExportInput::DocumentReader &reader, double progressFrom, double progressTo)
{
    if (std::all_of(text.begin(), text.end(), isSpace))
        return;
    // simdjson reads a little past a document's end: each line gets its padding.
    padded.reserve(text.size() + simdjson::SIMDJSON_PADDING);
    padded.assign(text);
    try {
        JsonSupport json(padded);
        reader.read(json, progressFrom, progressTo);
    } catch (const ImportError &error) {
        throw ImportError::atLine(error.message(), lineNumber);
    }
}

// JSON lines held in memory: a first line longer than headWithFirstLine() looks.
void readJsonLines(const std::string &text, OtlpExportInput::DocumentReader &reader)
{
    std::string padded;
    const double size = double(text.size());
    int64_t lineNumber = 0;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        readLine(std::string_view(text).substr(start, end - start), ++lineNumber, padded, reader,
                 0.5 + 0.5 * double(start) / size, 0.5 + 0.5 * double(end) / size);
        start = end + 1;
    }
}

// JSON lines read one at a time, so that memory holds one export request, not the file.
void streamJsonLines(InputStream &input, OtlpExportInput::DocumentReader &reader)
{
    LineReader lines(input);
    std::string padded;
    std::string_view line;
    while (lines.next(&line)) {
        if (line.size() > kMaxTextBytes)
            throw ImportError::atLine(QStringLiteral("an export request is larger than %1 MB, "
                                                     "more than can be read in one piece")
                                          .arg(kMaxTextBytes >> 20),
                                      lines.lineNumber());
        const double done = input.fractionRead();
        readLine(line, lines.lineNumber(), padded, reader, done, done);
    }
}

} // namespace

void OtlpExportInput::read(InputStream &input, ImportContext &context, DocumentReader &reader)
{
    if (isJsonLines(headWithFirstLine(input))) {
        streamJsonLines(input, reader);
        return;
    }
    input.setProgressContext(&context, 0.5);
    const std::string text = input.readAll(context.wholeTextLimit(kMaxTextBytes));
    context.checkCancelled();
    if (isJsonLines(text)) {
        readJsonLines(text, reader);
    } else {
        JsonSupport json(text);
        reader.read(json, 0.5, 1.0);
    }
}

} // namespace eg::importers
